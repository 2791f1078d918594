// Upsert the documents of a batch of files.
// $ingested: one row per ingested file (its own document): facts replace what citations said.
// $cited: one row per cited document: creates a stub (ingested: false) or fills its missing facts;
// never overwrites what the document's own file said, nor what an earlier citation said (a
// citation that disagrees keeps its claim on its relationship: citedDate, citedIssuer, citedTitle).
UNWIND $ingested AS doc
MERGE (d:Document {key: doc.key})
SET d += doc, d.ingested = true
WITH count(*) AS written
UNWIND $cited AS doc
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
RETURN count(*) AS cited
