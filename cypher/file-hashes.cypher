// Content hashes of already ingested files, to skip the unchanged ones.
UNWIND $files AS file
MATCH (d:Document {file: file})
WHERE d.ingested
RETURN d.file AS file, d.contentHash AS contentHash, d.key AS key
