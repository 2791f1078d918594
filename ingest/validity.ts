/**
 * Validity from outside the corpus: a table that says which documents are in force (còn hiệu
 * lực), partly expired (hết hiệu lực một phần) or expired (hết hiệu lực), since when, replaced by
 * what, and where that was read (the source URL, e.g. the national legal database). The audit's
 * EXPIRED rule uses it. The project ships no statuses of its own: every one must carry a source.
 */
import { parse } from 'csv-parse/sync';
import { UnreadableFileError } from './decode.ts';

/** The statuses a row may give, as Vietnamese legal databases print them. */
export const VALIDITY_STATUSES = ['còn hiệu lực', 'hết hiệu lực một phần', 'hết hiệu lực'] as const;

/** One row of a validity table: the document by key, or by number and issuer. Dates ISO. */
export interface ValidityRow {
  key: string | null;
  number: string | null;
  issuer: string | null;
  status: (typeof VALIDITY_STATUSES)[number];
  /** The date the status took effect (for an expiry: the day it ended). */
  date: string | null;
  replacedBy: string | null;
  source: string;
}

const DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$|^(\d{4})-(\d{2})-(\d{2})$/;

function isoDate(value: string, line: number): string | null {
  if (!value) return null;
  const m = DATE.exec(value);
  if (!m) throw new UnreadableFileError(`line ${line}: date "${value}" is not dd/mm/yyyy or yyyy-mm-dd`);
  const [d, mo, y] = m[1] ? [m[1], m[2], m[3]] : [m[6], m[5], m[4]];
  return `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/**
 * Parse a validity table: CSV (UTF-8, header row) with columns `key` or `number` + `issuer`,
 * `status`, `date`, `replaced_by`, `source`. Throws UnreadableFileError naming the line of the
 * first bad row (unknown status, bad date, no source, no document named), so nothing half-read
 * is loaded.
 */
export function parseValidity(csv: string): ValidityRow[] {
  let records: Array<Record<string, string>>;
  try {
    records = parse(csv, { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), skip_empty_lines: true, trim: true, bom: true });
  } catch (error) {
    throw new UnreadableFileError(`not a CSV table: ${(error as Error).message}`);
  }
  return records.map((r, i) => {
    const line = i + 2;
    const status = (r.status ?? '').normalize('NFC').toLowerCase();
    if (!(VALIDITY_STATUSES as readonly string[]).includes(status)) {
      throw new UnreadableFileError(`line ${line}: status "${r.status ?? ''}" is not one of: ${VALIDITY_STATUSES.join(', ')}`);
    }
    if (!r.source) throw new UnreadableFileError(`line ${line}: no source (where the status was read)`);
    const key = r.key || null;
    const number = r.number || null;
    if (!key && !(number && r.issuer)) throw new UnreadableFileError(`line ${line}: give a key, or a number and an issuer`);
    return {
      key, number, issuer: r.issuer?.normalize('NFC') || null,
      status: status as ValidityRow['status'], date: isoDate(r.date ?? '', line),
      replacedBy: r.replaced_by || null, source: r.source,
    };
  });
}
