// Constraints and indexes, applied at start-up before any load (all idempotent).
CREATE CONSTRAINT document_key IF NOT EXISTS FOR (d:Document) REQUIRE d.key IS UNIQUE;
CREATE INDEX document_number IF NOT EXISTS FOR (d:Document) ON (d.number);
CREATE INDEX document_file IF NOT EXISTS FOR (d:Document) ON (d.file);
CREATE INDEX document_ingested IF NOT EXISTS FOR (d:Document) ON (d.ingested);
CREATE TEXT INDEX document_search IF NOT EXISTS FOR (d:Document) ON (d.searchText);
CREATE INDEX document_serial_date IF NOT EXISTS FOR (d:Document) ON (d.serial, d.date);
CREATE INDEX document_law_alias IF NOT EXISTS FOR (d:Document) ON (d.lawAlias);
CREATE CONSTRAINT agency_name IF NOT EXISTS FOR (a:Agency) REQUIRE a.name IS UNIQUE;
CREATE CONSTRAINT province_name IF NOT EXISTS FOR (p:Province) REQUIRE p.name IS UNIQUE;
