// How many documents match a filter (DocumentConnection.totalCount); parameters as in
// documents.cypher, with $after always ''.
MATCH (d:Document)
WHERE $after < d.key
  AND ($province IS NULL OR d.province = $province)
  AND ($issuer IS NULL OR d.issuer = $issuer)
  AND ($type IS NULL OR d.type = $type)
  AND ($dateFrom IS NULL OR d.date >= $dateFrom)
  AND ($dateTo IS NULL OR d.date <= $dateTo)
  AND ($ingested IS NULL OR coalesce(d.ingested, false) = $ingested)
RETURN count(d) AS total
