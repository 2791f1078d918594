// Link each given document to the agency named as its issuer, dropping a link to another
// agency left from an earlier reading (a re-ingested file whose issuer changed).
// $keys: document keys of the batch.
UNWIND $keys AS key
MATCH (d:Document {key: key})
OPTIONAL MATCH (old:Agency)-[stale:ISSUED]->(d)
WHERE old.name <> coalesce(d.issuer, '')
DELETE stale
WITH DISTINCT d
MATCH (a:Agency {name: d.issuer})
MERGE (a)-[:ISSUED]->(d)
RETURN count(*) AS issued
