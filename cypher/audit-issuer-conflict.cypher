// Audit, ISSUER_CONFLICT: a citation of a document known only from citations that has the same
// number, type and date as another document under a different issuer (a SAME_AS_SUSPECTED pair).
// Parameters as in audit-citations.cypher.
MATCH (c:Document {ingested: true})-[r:BASED_ON|IMPLEMENTS|GUIDES|AMENDS|REPLACES|REPEALS|CITES]->(d:Document {ingested: false})
WHERE r.source = c.key AND NOT coalesce(r.stated, false)
WITH c, r, d, coalesce(toInteger(left(c.date, 4)), c.periodEnd) AS citingYear
WHERE ($province IS NULL OR c.province = $province)
  AND ($issuer IS NULL OR c.issuer = $issuer)
  AND ($yearFrom IS NULL OR citingYear >= $yearFrom)
  AND ($yearTo IS NULL OR citingYear <= $yearTo)
  AND ($key IS NULL OR c.key = $key OR d.key = $key)
MATCH (d)-[s:SAME_AS_SUSPECTED]-(other:Document)
RETURN c { .key, .number, .type, .issuer, .province, .date, .title } AS citing,
       d { .key, .number, .type, .issuer, .province, .date, .title, .ingested } AS cited,
       r.quote AS quote, other { .key, .number, .type, .issuer, .province, .date, .title } AS other, s.reason AS reason, s.reasonEn AS reasonEn
ORDER BY c.key, r.start
