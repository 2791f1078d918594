// The provinces that have documents, by name (compareProvinces without a list).
MATCH (d:Document)
WHERE d.province IS NOT NULL
RETURN DISTINCT d.province AS name
ORDER BY name
