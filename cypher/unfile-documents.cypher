// Turn ingested documents back into stubs: their file no longer speaks for them (deleted with
// `npm run ingest -- --delete`, or the file now reads as another document). Facts stay.
// $keys: document keys.
UNWIND $keys AS key
MATCH (d:Document {key: key})
SET d.ingested = false
REMOVE d.file, d.contentHash
RETURN count(*) AS unfiled
