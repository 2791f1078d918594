// Audit, AMENDED_NOT_CITED / REPLACED / REPEALED: citations of a document that the graph knows
// was amended, replaced or repealed by another dated before the citing document, where the
// citing document does not cite that other one itself.
// Parameters as in audit-citations.cypher.
MATCH (c:Document {ingested: true})-[r:BASED_ON|IMPLEMENTS|GUIDES|CITES]->(d:Document)
WHERE r.source = c.key AND NOT coalesce(r.stated, false)
WITH c, r, d, coalesce(toInteger(left(c.date, 4)), c.periodEnd) AS citingYear
WHERE ($province IS NULL OR c.province = $province)
  AND ($issuer IS NULL OR c.issuer = $issuer)
  AND ($yearFrom IS NULL OR citingYear >= $yearFrom)
  AND ($yearTo IS NULL OR citingYear <= $yearTo)
  AND ($key IS NULL OR c.key = $key OR d.key = $key)
MATCH (a:Document)-[change:AMENDS|REPLACES|REPEALS]->(d)
WHERE a <> c AND a.date IS NOT NULL AND (c.date IS NULL OR a.date < c.date)
  AND NOT (c)-->(a)
WITH c, r, d, a, type(change) AS change, collect(change.source)[0] AS statedBy
RETURN c { .key, .number, .type, .issuer, .province, .date, .title } AS citing,
       d { .key, .number, .type, .issuer, .province, .date, .title, .ingested } AS cited,
       r.quote AS quote, change, a { .key, .number, .type, .issuer, .province, .date, .title } AS changer, statedBy
ORDER BY c.key, r.start
