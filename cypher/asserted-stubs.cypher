// Stubs (documents never ingested) that the given sources' files cite: after those citations
// are cleared or rewritten, the ones nobody cites any more are pruned (prune-stubs.cypher).
// $sources: keys of the citing documents.
UNWIND $sources AS source
MATCH (:Document {key: source})-[r]->(s:Document)
WHERE r.source = source AND NOT coalesce(s.ingested, false)
RETURN collect(DISTINCT s.key) AS stubs
