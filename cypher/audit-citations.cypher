// Audit: every citation an ingested document makes itself (not one it reports between two others),
// with what the rules compare. One file feeds the rules of api/audit/rules.ts that need one hop.
// Parameters (each may be null = no filter), applied to the citing document:
//   $province string, $issuer string, $yearFrom integer, $yearTo integer; $key string: only the
//   citations made by or made of that document.
// The citing document's year is its date's, or for an undated document the year its title names.
MATCH (c:Document {ingested: true})-[r:BASED_ON|IMPLEMENTS|GUIDES|AMENDS|REPLACES|REPEALS|CITES]->(d:Document)
WHERE r.source = c.key AND NOT coalesce(r.stated, false)
WITH c, r, d, coalesce(toInteger(left(c.date, 4)), c.periodEnd) AS citingYear
WHERE ($province IS NULL OR c.province = $province)
  AND ($issuer IS NULL OR c.issuer = $issuer)
  AND ($yearFrom IS NULL OR citingYear >= $yearFrom)
  AND ($yearTo IS NULL OR citingYear <= $yearTo)
  AND ($key IS NULL OR c.key = $key OR d.key = $key)
RETURN c { .key, .number, .type, .issuer, .province, .date, .title } AS citing,
       d { .key, .number, .type, .issuer, .province, .date, .title, .ingested } AS cited,
       type(r) AS relation, r.quote AS quote, r.citedDate AS citedDate, citingYear,
       d.periodStart AS periodStart, d.periodEnd AS periodEnd, d.serial AS serial,
       d.validityStatus AS validityStatus, d.validityDate AS validityDate, d.validitySource AS validitySource,
       d.replacedBy AS replacedBy
ORDER BY c.key, r.start
