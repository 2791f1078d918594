// Documents whose searchText contains every folded query word (see ingest/fold.ts searchWords).
// Parameters:
//   $words  list<string>  the folded query words, at least one, without duplicates;
//   $seed   string        one of $words (the longest), tested on its own first so that the
//                         planner can use a TEXT index on Document.searchText if there is one;
//   $first  integer       how many documents to return.
// Ranking: the document's number equal to a query word (489/qd-ubnd), then a number that begins
// with a query word followed by / or - (489 → 489/QĐ-UBND, 61/2018 → 61/2018/NĐ-CP, but not
// 4890/QĐ-UBND), then every other match; within a rank ingested documents before stubs, then by
// date, newest first (no date last), then by key so that the order is stable.
MATCH (d:Document)
WHERE d.searchText CONTAINS $seed
  AND all(w IN $words WHERE d.searchText CONTAINS w)
// The number folded the way searchWords folds it: numbers are ASCII except for Đ (QĐ, NĐ, ĐUK).
WITH d, replace(toLower(coalesce(d.number, '')), 'đ', 'd') AS number
WITH d,
     CASE
       WHEN number = '' THEN 0
       WHEN number IN $words THEN 2
       WHEN any(w IN $words WHERE number STARTS WITH w + '/' OR number STARTS WITH w + '-') THEN 1
       ELSE 0
     END AS numberMatch
ORDER BY numberMatch DESC, coalesce(d.ingested, false) DESC, d.date IS NULL, d.date DESC, d.key
LIMIT $first
RETURN d { .key, .number, .type, .issuer, .province, .date, .title, .level, .ingested } AS document
