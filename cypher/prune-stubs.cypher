// Delete the given documents if they are stubs that no citation touches any more: a stub exists
// only because something cites it (a suspected-duplicate link alone does not keep it).
// $keys: candidate keys.
UNWIND $keys AS key
MATCH (s:Document {key: key})
WHERE NOT coalesce(s.ingested, false)
  AND NOT (s)-[:BASED_ON|IMPLEMENTS|GUIDES|AMENDS|REPLACES|REPEALS|CITES]-(:Document)
DETACH DELETE s
RETURN count(*) AS pruned
