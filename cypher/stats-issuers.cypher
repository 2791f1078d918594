// Documents per issuer, most first (Stats.issuers). Parameters: $limit integer.
MATCH (d:Document)
WHERE d.issuer IS NOT NULL
RETURN d.issuer AS name, count(d) AS documents, count(CASE WHEN d.ingested THEN 1 END) AS ingested
ORDER BY documents DESC, name
LIMIT $limit
