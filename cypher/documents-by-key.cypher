// Documents by key, for the documents an audit finding names (Query.audit).
// Parameters: $keys list<string>. One row per key found, in no particular order.
UNWIND $keys AS key
MATCH (d:Document {key: key})
RETURN d { .key, .number, .type, .issuer, .province, .date, .title, .level, .ingested, .file } AS document
