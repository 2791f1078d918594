// The plain way to load a graph, kept only as the benchmark's baseline (bench/ingest.ts): one
// citation per transaction, both documents and the relationship merged by themselves.
// Parameters: $from and $to (document rows with key and facts), $relation, $props.
MERGE (a:Document {key: $from.key})
ON CREATE SET a += $from
MERGE (b:Document {key: $to.key})
ON CREATE SET b += $to, b.ingested = false
MERGE (a)-[r:$($relation) {source: $props.source}]->(b)
SET r += $props
RETURN 1 AS written
