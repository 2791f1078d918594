// Full-text search over the folded searchText (index document_fulltext, see schema.cypher).
// Parameters:
//   $query   string        a Lucene query built by api/search-query.ts from the folded words:
//                          every word required, boosts for whole words and numbers;
//   $words   list<string>  the folded query words (ingest/fold.ts searchWords), at least one;
//   $first   integer       how many documents to return;
//   $pool    integer       how many best-scoring index hits to rank (a cap on the work).
// A hit must also contain every word as a substring of its searchText: the index matches word
// starts and word parts in sequence, this keeps the words' own order of / and - exact
// (489/qd-ubnd never matches 489/qd-sldtbxh ... ubnd).
// Ranking: the document's number equal to a query word (489/qd-ubnd), then a number that begins
// with a query word followed by / or - (489 → 489/QĐ-UBND, 61/2018 → 61/2018/NĐ-CP, but not
// 4890/QĐ-UBND), then every other match; within a rank ingested documents before stubs, then
// by relevance (scores rounded, so that near-equal ones tie), then newest first (no date last),
// then by key so that the order is stable.
CALL db.index.fulltext.queryNodes('document_fulltext', $query, {limit: $pool}) YIELD node AS d, score
WHERE all(w IN $words WHERE d.searchText CONTAINS w)
// The number folded the way searchWords folds it: numbers are ASCII except for Đ (QĐ, NĐ, ĐUK).
WITH d, score, replace(toLower(coalesce(d.number, '')), 'đ', 'd') AS number
WITH d, score,
     CASE
       WHEN number = '' THEN 0
       WHEN number IN $words THEN 2
       WHEN any(w IN $words WHERE number STARTS WITH w + '/' OR number STARTS WITH w + '-') THEN 1
       ELSE 0
     END AS numberMatch
ORDER BY numberMatch DESC, coalesce(d.ingested, false) DESC, round(score, 2) DESC, d.date IS NULL, d.date DESC, d.key
LIMIT $first
RETURN d { .key, .number, .type, .issuer, .province, .date, .title, .level, .ingested, .file } AS document
