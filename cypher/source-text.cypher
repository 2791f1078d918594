// The decoded text of the file a document was read from (Document.source); no row for a stub.
// Parameters: $key (string).
MATCH (:Document {key: $key})-[:HAS_TEXT]->(s:SourceText)
RETURN s.file AS file, s.text AS text
LIMIT 1
