/**
 * The citation audit behind `Query.audit`: the rules that find stale, inconsistent or wrong
 * citations (DOMAIN.md §7) live here.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { queryRunner } from './audit/run.ts';
import { runAudit, type DocumentRef } from './audit/index.ts';
import { cypher } from './cypher.ts';
import type { Severity } from './generated/types.ts';
import { toDocument, type DocumentRecord } from './mapping.ts';

/** What `audit` is asked for; null fields match anything. */
export interface AuditFilter {
  /** Only findings about citations made by this document or of it. */
  key: string | null;
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
 * Every finding of the audit rules (api/audit/rules.ts, run by `runAudit`) that matches
 * `filter`, in the audit's stable order: citing document, code, cited document (the API
 * paginates this list by position). The documents a finding names are read again in full
 * (the rules' rows carry only what the rules compare, not the level or the file).
 *
 * @param tx a read transaction of the request (with its timeout); must have no side effects.
 */
export async function findings(tx: ManagedTransaction, filter: AuditFilter): Promise<FindingRecord[]> {
  const found = await runAudit(queryRunner(tx), filter);
  const keys = new Set<string>();
  for (const f of found) for (const d of [f.citing, f.cited, ...f.related]) if (d) keys.add(d.key);
  const result = await tx.run(cypher('documents-by-key'), { keys: [...keys] });
  const byKey = new Map<string, DocumentRecord>();
  for (const record of result.records) {
    const doc = toDocument(record.get('document'));
    byKey.set(doc.key, doc);
  }
  const full = (d: DocumentRef): DocumentRecord => byKey.get(d.key) ?? toDocument({ ...d });
  return found.map((f) => ({
    code: f.code,
    severity: f.severity,
    citing: full(f.citing),
    cited: f.cited ? full(f.cited) : null,
    quote: f.quote,
    related: f.related.map(full),
    reason: f.reason,
    reasonEn: f.reasonEn,
  }));
}
