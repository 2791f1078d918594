// Audit, DATE_BEFORE_SUBJECT_YEAR (second part): a cited date that disagrees with the same
// document's date elsewhere in the graph (its own file's date, or the claim that set it).
// Parameters as in audit-citations.cypher.
MATCH (c:Document {ingested: true})-[r:BASED_ON|IMPLEMENTS|GUIDES|AMENDS|REPLACES|REPEALS|CITES]->(d:Document)
WHERE r.source = c.key AND NOT coalesce(r.stated, false)
  AND r.citedDate IS NOT NULL AND d.date IS NOT NULL AND r.citedDate <> d.date
WITH c, r, d, coalesce(toInteger(left(c.date, 4)), c.periodEnd) AS citingYear
WHERE ($province IS NULL OR c.province = $province)
  AND ($issuer IS NULL OR c.issuer = $issuer)
  AND ($yearFrom IS NULL OR citingYear >= $yearFrom)
  AND ($yearTo IS NULL OR citingYear <= $yearTo)
  AND ($key IS NULL OR c.key = $key OR d.key = $key)
OPTIONAL MATCH (other:Document)-[o]->(d) WHERE o.citedDate = d.date AND o.source = other.key
WITH c, r, d, collect(other)[0] AS other
RETURN c { .key, .number, .type, .issuer, .province, .date, .title } AS citing,
       d { .key, .number, .type, .issuer, .province, .date, .title, .ingested } AS cited,
       r.quote AS quote, r.citedDate AS citedDate,
       CASE WHEN d.ingested THEN d { .key, .number, .type, .issuer, .province, .date, .title }
            ELSE other { .key, .number, .type, .issuer, .province, .date, .title } END AS witness
ORDER BY c.key, r.start
