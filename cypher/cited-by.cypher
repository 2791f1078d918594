// Incoming citations of several documents, one page each (Document.citedBy, batched per request).
// Parameters:
//   $keys   list<string>  document keys;
//   $after  list<string>  or null: the position [citing key, relation, source] to start after;
//   $limit  integer       most citations per document (the caller asks one more than a page,
//                          to learn whether another page follows).
// Order: citing document key, relation, source (unique: one relationship per citing document,
// relation, cited document and source). `total` counts every incoming citation.
UNWIND $keys AS key
MATCH (d:Document {key: key})
CALL (d) {
  MATCH (d)<-[r:BASED_ON|IMPLEMENTS|GUIDES|AMENDS|REPLACES|REPEALS|CITES]-(c:Document)
  WITH r, c, type(r) AS relation, coalesce(r.source, '') AS source
  WHERE $after IS NULL OR c.key > $after[0]
     OR (c.key = $after[0] AND (relation > $after[1] OR (relation = $after[1] AND source > $after[2])))
  WITH r, c, relation, source
  ORDER BY c.key, relation, source
  LIMIT $limit
  RETURN collect({relation: relation, from: c { .key, .number, .type, .issuer, .province, .date, .title, .level, .ingested, .file }, props: properties(r), position: [c.key, relation, source]}) AS rows
}
RETURN key, d { .key, .number, .type, .issuer, .province, .date, .title, .level, .ingested, .file } AS to, rows,
       COUNT { (d)<-[:BASED_ON|IMPLEMENTS|GUIDES|AMENDS|REPLACES|REPEALS|CITES]-(:Document) } AS total
