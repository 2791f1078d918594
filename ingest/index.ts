/**
 * Public surface of the ingest: extraction (pure, no database) and ingestion into Neo4j.
 * Pipeline: read (bytes of .txt/.md/.docx/.pdf → NFC text, ./formats/) → extract (text →
 * identity + citations) → records (→ documents and relationships with keys) → writer (→ Neo4j,
 * batched).
 */
export { decode, UnreadableFileError } from './decode.ts';
export { readDocument, readDocumentText, decodeText, repairMojibake, NO_TEXT_LAYER, NO_TEXT_FOUND, type DocumentText, type OcrInfo, type OcrMode } from './formats/index.ts';
export { extract, selfRow, citationRow, type Extraction, type SelfRow, type CitationRow } from './extract.ts';
export { fold, searchWords } from './fold.ts';
export { documentKey, type KeyParts } from './key.ts';
export { toRecords, rekey, type FileRecords, type DocumentRecord, type CitationRecord } from './records.ts';
export { ingestPaths, listDocumentFiles, readDocumentFile, type IngestOptions, type IngestProgress, type IngestSummary, type OcrFileProgress } from './pipeline.ts';
export { applySchema, countDocuments, deleteDocument, writeValidity, type DeleteResult } from './writer.ts';
export { parseValidity, VALIDITY_STATUSES, type ValidityRow } from './validity.ts';
export { agencyChain, parentAgency, type AgencyRecord } from './agencies.ts';
export type { Relation } from './relations.ts';
