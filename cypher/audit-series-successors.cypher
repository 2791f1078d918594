// Audit, SUPERSEDED_IN_SERIES: for cited documents of a yearly or periodic series, the documents of
// the same issuer and type whose titles name a later year, up to the citing year. Whether a
// candidate is the same series (its title without the year) is decided in api/audit/series.ts,
// where OCR damage is tolerated.
// Parameters: $pairs list of {cited: key, year: integer (the citing year)}.
UNWIND $pairs AS pair
MATCH (d:Document {key: pair.cited})
WHERE d.periodEnd IS NOT NULL AND d.issuer IS NOT NULL
MATCH (s:Document {issuer: d.issuer, type: d.type})
WHERE s <> d AND s.periodEnd > d.periodEnd AND s.periodEnd <= pair.year AND s.title IS NOT NULL
RETURN pair.cited AS cited, pair.year AS year, s { .key, .number, .type, .issuer, .province, .date, .title } AS successor
ORDER BY s.periodEnd, s.key
