// Outgoing citations of several documents (Document.citations, batched per request).
// Parameters:
//   $keys   list<string>  document keys;
//   $limit  integer       most citations listed per document and relation.
// One row per document and relation present: `count` all relationships of that relation,
// `citations` at most $limit of them, by cited key then source, as maps
// {relation, from, to, props} (props: the relationship's provenance, cypher/README.md).
UNWIND $keys AS key
MATCH (a:Document {key: key})-[r:BASED_ON|IMPLEMENTS|GUIDES|AMENDS|REPLACES|REPEALS|CITES]->(b:Document)
WITH key, a, type(r) AS relation, r, b
ORDER BY key, relation, b.key, coalesce(r.source, '')
WITH key, a, relation, count(r) AS count,
     collect({props: properties(r), to: b { .key, .number, .type, .issuer, .province, .date, .title, .level, .ingested, .file }})[..$limit] AS rows
RETURN key, relation, count,
       [row IN rows | {relation: relation, from: a { .key, .number, .type, .issuer, .province, .date, .title, .level, .ingested, .file }, to: row.to, props: row.props}] AS citations
