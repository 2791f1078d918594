// Write citation relationships of a batch. The relationship type is the relation name; Cypher
// cannot take a type as a parameter, so each row picks its MERGE through a one-element list.
UNWIND $citations AS c
MATCH (a:Document {key: c.from})
MATCH (b:Document {key: c.to})
FOREACH (_ IN CASE WHEN c.relation = 'BASED_ON' THEN [1] ELSE [] END |
  MERGE (a)-[r:BASED_ON {source: c.source}]->(b) SET r += c.props)
FOREACH (_ IN CASE WHEN c.relation = 'IMPLEMENTS' THEN [1] ELSE [] END |
  MERGE (a)-[r:IMPLEMENTS {source: c.source}]->(b) SET r += c.props)
FOREACH (_ IN CASE WHEN c.relation = 'GUIDES' THEN [1] ELSE [] END |
  MERGE (a)-[r:GUIDES {source: c.source}]->(b) SET r += c.props)
FOREACH (_ IN CASE WHEN c.relation = 'AMENDS' THEN [1] ELSE [] END |
  MERGE (a)-[r:AMENDS {source: c.source}]->(b) SET r += c.props)
FOREACH (_ IN CASE WHEN c.relation = 'REPLACES' THEN [1] ELSE [] END |
  MERGE (a)-[r:REPLACES {source: c.source}]->(b) SET r += c.props)
FOREACH (_ IN CASE WHEN c.relation = 'REPEALS' THEN [1] ELSE [] END |
  MERGE (a)-[r:REPEALS {source: c.source}]->(b) SET r += c.props)
FOREACH (_ IN CASE WHEN c.relation = 'CITES' THEN [1] ELSE [] END |
  MERGE (a)-[r:CITES {source: c.source}]->(b) SET r += c.props)
RETURN count(*) AS written
