// Turn ingested documents back into stubs: their file no longer speaks for them (deleted with
// `npm run ingest -- --delete`, or the file now reads as another document). Facts stay; the
// file's text goes.
// $keys: document keys.
UNWIND $keys AS key
MATCH (d:Document {key: key})
SET d.ingested = false
REMOVE d.file, d.contentHash
WITH d
OPTIONAL MATCH (d)-[:HAS_TEXT]->(s:SourceText)
DETACH DELETE s
RETURN count(*) AS unfiled
