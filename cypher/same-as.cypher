// Suspected duplicates of several documents (Document.sameAs, batched per request).
// Parameters: $keys list<string>. One row per link, by document key then the other's key.
UNWIND $keys AS key
MATCH (d:Document {key: key})-[s:SAME_AS_SUSPECTED]-(o:Document)
RETURN key, o { .key, .number, .type, .issuer, .province, .date, .title, .level, .ingested, .file } AS document, s.reason AS reason, s.reasonEn AS reasonEn
ORDER BY key, o.key
