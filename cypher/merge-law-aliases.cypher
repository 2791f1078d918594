// Fold a law known only by name (a stub without number) into the numbered document of the same
// alias once the graph knows that number: its relationships move over with their properties,
// missing facts are copied, and the name-only node goes.
// $keys: keys of numbered documents written in this batch.
UNWIND $keys AS key
MATCH (law:Document {key: key})
WHERE law.lawAlias IS NOT NULL AND law.number IS NOT NULL
MATCH (old:Document {lawAlias: law.lawAlias})
WHERE old.number IS NULL AND old <> law
CALL (old, law) {
  MATCH (x:Document)-[r]->(old)
  WITH law, x, type(r) AS t, properties(r) AS p, r
  DELETE r
  WITH law, x, t, p WHERE x <> law
  MERGE (x)-[n:$(t) {source: p.source}]->(law)
  SET n += p
}
CALL (old, law) {
  MATCH (old)-[r]->(y:Document)
  WITH law, y, type(r) AS t, properties(r) AS p, r
  DELETE r
  WITH law, y, t, p WHERE y <> law
  MERGE (law)-[n:$(t) {source: p.source}]->(y)
  SET n += p
}
SET law.date = coalesce(law.date, old.date), law.title = coalesce(law.title, old.title)
DETACH DELETE old
RETURN count(*) AS merged
