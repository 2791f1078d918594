// One document by its canonical key; no row when there is none.
// Parameters: $key (string).
MATCH (d:Document {key: $key})
RETURN d { .key, .number, .type, .issuer, .province, .date, .title, .level, .ingested, .file } AS document
