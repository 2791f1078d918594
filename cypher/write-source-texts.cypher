// Keep the decoded text of each ingested file beside its document, so that a reader can see a
// citation's quote in place (its start/end offsets point into this text). One text per
// document: a re-ingested file replaces it.
// $texts: rows {key, file, text}.
UNWIND $texts AS t
MATCH (d:Document {key: t.key})
MERGE (d)-[:HAS_TEXT]->(s:SourceText)
SET s.file = t.file, s.text = t.text
RETURN count(*) AS texts
