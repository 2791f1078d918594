/**
 * The citation audit behind `Query.audit`: the rules that find stale, inconsistent or wrong
 * citations (DOMAIN.md §7) live here.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Severity } from './generated/types.ts';
import type { DocumentRecord } from './mapping.ts';

/** What `audit` is asked for; null fields match anything. */
export interface AuditFilter {
  /** Province of the citing document. */
  province: string | null;
  /** Issuer of the citing document. */
  issuer: string | null;
  /** Years of the citing document's date, inclusive. */
  yearFrom: number | null;
  yearTo: number | null;
  /** Rule codes to keep; null for every rule. */
  codes: string[] | null;
  /** Only findings of this severity. */
  severity: Severity | null;
}

/** One finding (the schema's `Finding`). */
export interface FindingRecord {
  code: string;
  severity: Severity;
  citing: DocumentRecord;
  cited: DocumentRecord | null;
  quote: string | null;
  related: DocumentRecord[];
  /** Why, in Vietnamese. */
  reason: string;
  /** Why, in English. */
  reasonEn: string;
}

/**
 * Every finding of the audit rules that matches `filter`, in a stable order (the API paginates
 * this list by position).
 *
 * This is the audit's extension point: the audit issue fills it with its rules. Until then it
 * finds nothing and returns an empty list, so `audit` answers an empty connection.
 *
 * @param tx a read transaction of the request (with its timeout); must have no side effects.
 */
export async function findings(tx: ManagedTransaction, filter: AuditFilter): Promise<FindingRecord[]> {
  void tx;
  void filter;
  return [];
}
