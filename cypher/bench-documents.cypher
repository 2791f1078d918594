// Benchmark only (bench/api-graph.ts): create generated documents, one row per document.
// Parameters: $docs list<map> of Document properties (key, number, type, issuer, province, date,
// title, level, ingested, file, searchText). The bench database is emptied first, so CREATE.
UNWIND $docs AS doc
CREATE (d:Document)
SET d = doc
RETURN count(*) AS written
