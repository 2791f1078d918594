// Set the validity of documents from a validity table (ingest/validity.ts): by key, or by number
// and issuer. Rows that name no document in the graph are returned as unmatched.
// $rows: list of {key, number, issuer, status, date, replacedBy, source}.
UNWIND range(0, size($rows) - 1) AS i
WITH i, $rows[i] AS row
OPTIONAL MATCH (d:Document)
WHERE (row.key IS NOT NULL AND d.key = row.key)
   OR (row.key IS NULL AND d.number = row.number AND d.issuer = row.issuer)
FOREACH (_ IN CASE WHEN d IS NULL THEN [] ELSE [1] END |
  SET d.validityStatus = row.status, d.validityDate = row.date, d.replacedBy = row.replacedBy, d.validitySource = row.source)
WITH i, count(d) AS matched
RETURN i, matched
ORDER BY i
