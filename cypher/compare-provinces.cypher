// How provinces take up higher documents (Query.compareProvinces).
// Parameters:
//   $provinces  list<string>  province names;
//   $level      integer       the lowest level compared (documents with level <= $level);
//   $limit      integer       most cited documents returned (the caller asks one more).
// A document of a province "cites" a higher document when a chain of 1 to 5 citation
// relationships leads from it to that document (any relation: bases, implementation and plain
// mentions alike; relations stated by third documents count). Per cited document and province:
// how many of the province's documents cite it, whether one does directly, the earliest-dated
// one (undated last, then by key) and the days from the cited document's date to its date.
UNWIND $provinces AS province
MATCH (p:Document {province: province})
MATCH (p)-[:BASED_ON|IMPLEMENTS|GUIDES|AMENDS|REPLACES|REPEALS|CITES*1..5]->(d:Document)
WHERE d.level <= $level
WITH DISTINCT province, p, d
WITH province, p, d, EXISTS { (p)-[:BASED_ON|IMPLEMENTS|GUIDES|AMENDS|REPLACES|REPEALS|CITES]->(d) } AS direct
ORDER BY p.date IS NULL, p.date, p.key
WITH d, province, collect(p) AS citing, any(x IN collect(direct) WHERE x) AS direct
WITH d, province, citing[0] AS first, size(citing) AS documents, direct
WITH d, collect({
       province: province,
       documents: documents,
       direct: direct,
       first: first { .key, .number, .type, .issuer, .province, .date, .title, .level, .ingested, .file },
       lagDays: CASE WHEN first.date IS NULL OR d.date IS NULL THEN null
                     ELSE duration.inDays(date(d.date), date(first.date)).days END
     }) AS uptakes
ORDER BY d.level, d.date IS NULL, d.date, d.key
LIMIT $limit
RETURN d { .key, .number, .type, .issuer, .province, .date, .title, .level, .ingested, .file } AS document, uptakes
