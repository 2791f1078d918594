// Write citation relationships of a batch. The relationship type is the relation name
// (DOMAIN.md §4), checked against the known names before it is used as a dynamic type.
// $citations: rows {from, to, relation, source, props}; one relationship per (from, relation,
// to, source), so each citing file keeps its own evidence.
UNWIND $citations AS c
WITH c WHERE c.relation IN ['BASED_ON', 'IMPLEMENTS', 'GUIDES', 'AMENDS', 'REPLACES', 'REPEALS', 'CITES']
MATCH (a:Document {key: c.from})
MATCH (b:Document {key: c.to})
MERGE (a)-[r:$(c.relation) {source: c.source}]->(b)
SET r += c.props
RETURN count(*) AS written
