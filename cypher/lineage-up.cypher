// One hop of a lineage walk UP: from each frontier document to the documents it cites
// (citing → cited, towards the legal bases).
// Parameters:
//   $frontier  list<string>  keys reached at the previous hop (the start key at the first hop);
//   $visited   list<string>  every key reached so far (their documents are not sent again);
//   $relations list<string>  the relation types to follow (a subset of the seven below);
//   $limit     integer       most rows to return (a safety cap).
// One row per relationship: fromKey → toKey as stored, `reached` the document at the far end,
// `node` its properties unless already visited. Stated relations (reported by a third document)
// sort after direct ones, so a caller keeping the first row per (from, to, relation) keeps the
// citing document's own quote.
UNWIND $frontier AS key
MATCH (a:Document {key: key})-[r:BASED_ON|IMPLEMENTS|GUIDES|AMENDS|REPLACES|REPEALS|CITES]->(b:Document)
WHERE type(r) IN $relations
RETURN a.key AS fromKey, b.key AS toKey, type(r) AS relation, r.quote AS quote,
       coalesce(r.stated, false) AS stated, b.key AS reached,
       CASE WHEN b.key IN $visited THEN null
            ELSE b { .key, .number, .type, .issuer, .province, .date, .title, .level, .ingested, .file } END AS node
ORDER BY stated, fromKey, relation, toKey
LIMIT $limit
