// Constraints and indexes, applied at start-up before any load (all idempotent).
CREATE CONSTRAINT document_key IF NOT EXISTS FOR (d:Document) REQUIRE d.key IS UNIQUE;
CREATE INDEX document_number IF NOT EXISTS FOR (d:Document) ON (d.number);
CREATE INDEX document_file IF NOT EXISTS FOR (d:Document) ON (d.file);
CREATE INDEX document_ingested IF NOT EXISTS FOR (d:Document) ON (d.ingested);
// The first cut's TEXT index on searchText: search now goes through document_fulltext below, and
// every index costs each write; dropped from databases made before.
DROP INDEX document_search IF EXISTS;
CREATE INDEX document_serial_date IF NOT EXISTS FOR (d:Document) ON (d.serial, d.date);
CREATE INDEX document_law_alias IF NOT EXISTS FOR (d:Document) ON (d.lawAlias);
CREATE CONSTRAINT agency_name IF NOT EXISTS FOR (a:Agency) REQUIRE a.name IS UNIQUE;
CREATE CONSTRAINT province_name IF NOT EXISTS FOR (p:Province) REQUIRE p.name IS UNIQUE;
// Full-text search (api search): the folded `searchText` (ingest/fold.ts: lower case, no
// diacritics, đ → d; number, type, issuer, province, title and date of the document) with the
// 'standard-no-stop-words' analyzer, and the query folded the same way in TypeScript.
// Why not Neo4j's folding analyzer: 'standard-folding' folds đ → d but drops English stop words,
// and many folded Vietnamese syllables are English stop words (an, to, no, on, in, it, the, be,
// a: "an ninh", "tổ chức", "cụ thể"), so those words could never be found. Folding in TS also
// keeps one definition of folding for ingest, search and tests.
CREATE FULLTEXT INDEX document_fulltext IF NOT EXISTS FOR (d:Document) ON EACH [d.searchText]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}};
// documents(filter) and compareProvinces start from a province or an issuer.
CREATE INDEX document_province IF NOT EXISTS FOR (d:Document) ON (d.province);
CREATE INDEX document_issuer IF NOT EXISTS FOR (d:Document) ON (d.issuer);
