// Write citation relationships of a batch. The relationship type is the relation name
// (DOMAIN.md §4), checked against the known names before it is used as a dynamic type.
// $citations: rows {from, to, relation, props}, at most one per (from, relation, to, source).
// CREATE, not MERGE: the batch's clear-asserted.cypher has just removed every relationship
// whose source is one of these files' documents, so none of these exists yet.
UNWIND $citations AS c
WITH c WHERE c.relation IN ['BASED_ON', 'IMPLEMENTS', 'GUIDES', 'AMENDS', 'REPLACES', 'REPEALS', 'CITES']
MATCH (a:Document {key: c.from})
MATCH (b:Document {key: c.to})
CREATE (a)-[r:$(c.relation)]->(b)
SET r = c.props
RETURN count(*) AS written
