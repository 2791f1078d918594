// One page of documents matching a filter, by key (Query.documents).
// Parameters (each condition null = any):
//   $province, $issuer, $type  strings compared exactly;
//   $dateFrom, $dateTo         ISO dates bounding d.date, inclusive (undated documents fail both);
//   $ingested                  boolean;
//   $after                     the key to start after ('' for the first page: every key is
//                              greater, and a plain range keeps the key index usable, which
//                              also gives the order, so the scan stops after $limit rows);
//   $limit                     most rows (the caller asks one more than a page).
MATCH (d:Document)
WHERE $after < d.key
  AND ($province IS NULL OR d.province = $province)
  AND ($issuer IS NULL OR d.issuer = $issuer)
  AND ($type IS NULL OR d.type = $type)
  AND ($dateFrom IS NULL OR d.date >= $dateFrom)
  AND ($dateTo IS NULL OR d.date <= $dateTo)
  AND ($ingested IS NULL OR coalesce(d.ingested, false) = $ingested)
RETURN d { .key, .number, .type, .issuer, .province, .date, .title, .level, .ingested, .file } AS document
ORDER BY d.key
LIMIT $limit
