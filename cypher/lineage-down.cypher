// One hop of a lineage walk DOWN: from each frontier document to the documents that cite it
// (cited → citing). Parameters and columns as in lineage-up.cypher; fromKey → toKey is still the
// stored direction (citing → cited), `reached` is the citing document.
UNWIND $frontier AS key
MATCH (a:Document {key: key})<-[r:BASED_ON|IMPLEMENTS|GUIDES|AMENDS|REPLACES|REPEALS|CITES]-(b:Document)
WHERE type(r) IN $relations
RETURN b.key AS fromKey, a.key AS toKey, type(r) AS relation, r.quote AS quote,
       coalesce(r.stated, false) AS stated, b.key AS reached,
       CASE WHEN b.key IN $visited THEN null
            ELSE b { .key, .number, .type, .issuer, .province, .date, .title, .level, .ingested, .file } END AS node
ORDER BY stated, fromKey, relation, toKey
LIMIT $limit
