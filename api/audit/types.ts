/**
 * What the audit reports (issue 6): findings, each with its evidence and a one-line reason in
 * Vietnamese and English.
 */
import type { DocumentRecord } from '../mapping.ts';

/** How much a finding matters: a wrong citation, a likely stale one, or information. */
export type Severity = 'ERROR' | 'WARNING' | 'INFO';

/** The finding codes, one rule each (api/audit/rules.ts). */
export const FINDING_CODES = [
  'SUPERSEDED_IN_SERIES', 'PAST_PERIOD', 'NUMBER_YEAR_MISMATCH', 'DATE_AFTER_CITING', 'DATE_BEFORE_SUBJECT_YEAR',
  'ISSUER_CONFLICT', 'AMENDED_NOT_CITED', 'REPLACED', 'REPEALED', 'EXPIRED', 'UNRESOLVED',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

/**
 * A document as a finding names it: the facts of the API's document record that the audit's
 * queries read (no level or file). `date` is ISO `YYYY-MM-DD`.
 */
export type DocumentRef = Omit<DocumentRecord, 'level' | 'file' | 'ingested'> & { ingested?: boolean };

/** One finding: which citation, why, and the documents that show it. */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** The document whose citation is at fault. */
  citing: DocumentRef;
  /** The document it cites; null for a finding about the citing document alone. */
  cited: DocumentRef | null;
  /** The citation as printed in the citing document. */
  quote: string | null;
  /** Documents that show the fault: the successor, the conflicting document, the amending one. */
  related: DocumentRef[];
  reason: string;
  reasonEn: string;
}

/** Which findings to report; every field optional. Years are the citing document's. */
export interface AuditFilter {
  /** Only findings about citations made by this document or of it. */
  key?: string | null;
  province?: string | null;
  issuer?: string | null;
  yearFrom?: number | null;
  yearTo?: number | null;
  codes?: readonly string[] | null;
  severity?: Severity | null;
}

/** Runs one `cypher/<name>.cypher` read query and returns its rows as plain objects. */
export type RunQuery = (name: string, params: Record<string, unknown>) => Promise<Array<Record<string, unknown>>>;
