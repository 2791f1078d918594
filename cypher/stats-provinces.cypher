// Documents per province, most first (Stats.provinces). Parameters: $limit integer.
MATCH (d:Document)
WHERE d.province IS NOT NULL
RETURN d.province AS name, count(d) AS documents, count(CASE WHEN d.ingested THEN 1 END) AS ingested
ORDER BY documents DESC, name
LIMIT $limit
