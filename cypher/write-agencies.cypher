// Upsert issuing agencies, the agency each answers to, and the province of provincial ones.
// $agencies: rows {name, level, province, code, parent}; every parent named is also a row.
UNWIND $agencies AS row
MERGE (a:Agency {name: row.name})
SET a.level = row.level, a.province = row.province, a.code = row.code
FOREACH (parent IN CASE WHEN row.parent IS NULL THEN [] ELSE [row.parent] END |
  MERGE (p:Agency {name: parent})
  MERGE (a)-[:PART_OF]->(p))
FOREACH (province IN CASE WHEN row.province IS NULL THEN [] ELSE [row.province] END |
  MERGE (pr:Province {name: province})
  MERGE (a)-[:IN_PROVINCE]->(pr))
RETURN count(*) AS agencies
