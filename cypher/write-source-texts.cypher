// Keep the decoded text of each ingested file beside its document, so that a reader can see a
// citation's quote in place (its start/end offsets point into this text). One text per
// document: a re-ingested file replaces it.
// Text read by OCR also keeps what the OCR said of it (null, i.e. no property, otherwise):
// `ocr` true, the engine, pages read, mean word confidence (0–1), the parts of the text read by
// OCR and the runs of low-confidence words as flat lists of UTF-16 offsets [s0, e0, s1, e1, …]
// (half-open), and each low run's least word confidence (0–1).
// $texts: rows {key, file, text, ocr, ocrEngine, ocrPages, ocrConfidence, ocrRanges, ocrLow, ocrLowConfidence}.
UNWIND $texts AS t
MATCH (d:Document {key: t.key})
MERGE (d)-[:HAS_TEXT]->(s:SourceText)
SET s.file = t.file, s.text = t.text, s.ocr = t.ocr, s.ocrEngine = t.ocrEngine, s.ocrPages = t.ocrPages,
    s.ocrConfidence = t.ocrConfidence, s.ocrRanges = t.ocrRanges, s.ocrLow = t.ocrLow,
    s.ocrLowConfidence = t.ocrLowConfidence
RETURN count(*) AS texts
