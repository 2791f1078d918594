// Upsert the documents of a batch of files; returns the keys of the documents created or changed.
// $ingested: one row per ingested file (its own document): facts replace what citations said.
// $cited: one row per cited document: creates a stub (ingested: false) or fills its missing facts;
// never overwrites what the document's own file said, nor what an earlier citation said (a
// citation that disagrees keeps its claim on its relationship: citedDate, citedIssuer, citedTitle).
// A cited document that lacks nothing this row gives is not written at all: a decree cited by
// thousands of plans would otherwise be rewritten, and its indexes updated, thousands of times.
CALL {
  UNWIND $ingested AS doc
  MERGE (d:Document {key: doc.key})
  SET d += doc, d.ingested = true
  RETURN collect(d.key) AS ingestedKeys
}
CALL {
  UNWIND $cited AS doc
  OPTIONAL MATCH (known:Document {key: doc.key})
  WITH doc, known
  WHERE known IS NULL
     OR (known.number IS NULL AND doc.number IS NOT NULL) OR (known.type IS NULL AND doc.type IS NOT NULL)
     OR (known.issuer IS NULL AND doc.issuer IS NOT NULL) OR (known.province IS NULL AND doc.province IS NOT NULL)
     OR (known.date IS NULL AND doc.date IS NOT NULL) OR (known.title IS NULL AND doc.title IS NOT NULL)
     OR (known.level IS NULL AND doc.level IS NOT NULL) OR (known.serial IS NULL AND doc.serial IS NOT NULL)
     OR (known.lawAlias IS NULL AND doc.lawAlias IS NOT NULL) OR (NOT coalesce(known.resolved, false) AND doc.resolved)
  MERGE (d:Document {key: doc.key})
  ON CREATE SET d += doc, d.ingested = false
  ON MATCH SET
    d.number = coalesce(d.number, doc.number),
    d.type = coalesce(d.type, doc.type),
    d.issuer = coalesce(d.issuer, doc.issuer),
    d.province = coalesce(d.province, doc.province),
    d.date = coalesce(d.date, doc.date),
    // The period is read from the title, so it follows the title (SET applies items in order).
    d.periodStart = CASE WHEN d.title IS NULL THEN doc.periodStart ELSE d.periodStart END,
    d.periodEnd = CASE WHEN d.title IS NULL THEN doc.periodEnd ELSE d.periodEnd END,
    d.title = coalesce(d.title, doc.title),
    d.level = coalesce(d.level, doc.level),
    d.serial = coalesce(d.serial, doc.serial),
    d.lawAlias = coalesce(d.lawAlias, doc.lawAlias),
    d.resolved = coalesce(d.resolved, false) OR doc.resolved,
    d.searchText = CASE WHEN d.ingested THEN d.searchText ELSE doc.searchText END
  RETURN collect(d.key) AS citedKeys
}
RETURN ingestedKeys + citedKeys AS changed
