/**
 * The audit rules, one function each, over the rows of cypher/audit-*.cypher. Each rule says
 * in its docstring what it flags and why; reasons are one line in Vietnamese and in English.
 */
import type { DocumentRef, Finding } from './types.ts';

/** A row of cypher/audit-citations.cypher. */
export interface CitationRow {
  citing: DocumentRef;
  cited: DocumentRef;
  relation: string;
  quote: string | null;
  citedDate: string | null;
  citingYear: number | null;
  periodStart: number | null;
  periodEnd: number | null;
  validityStatus: string | null;
  validityDate: string | null;
  validitySource: string | null;
  replacedBy: string | null;
}

// Relying on a document (as legal basis, or carrying it out) is what makes a stale one matter;
// a mention in the body may be history.
const RELIES = new Set(['BASED_ON', 'IMPLEMENTS']);

/** `2019-05-10` → `10/05/2019`, the way Vietnamese documents print dates. */
export function vnDate(iso: string | null): string {
  return iso ? iso.split('-').reverse().join('/') : '?';
}

/** The name of a document in a reason: its number, else its title, else its key. */
export function label(d: DocumentRef | null): string {
  return d?.number ?? d?.title ?? d?.key ?? '?';
}

function finding(row: CitationRow, f: Pick<Finding, 'code' | 'severity' | 'reason' | 'reasonEn'> & { related?: DocumentRef[] }): Finding {
  return { citing: row.citing, cited: row.cited, quote: row.quote, related: f.related ?? [], ...f };
}

/**
 * NUMBER_YEAR_MISMATCH: the year inside a normative number (`26/2012/TT-BTC`) differs from the
 * year of the date the citation gives (ngày 10/05/2019): one of them is wrong. A normative
 * document is numbered in the year it is issued (Luật 80/2015/QH13, Điều 10; Nghị định
 * 30/2020/NĐ-CP, Phụ lục I).
 */
export function numberYearMismatch(row: CitationRow): Finding | null {
  const m = /^\d+\/((?:19|20)\d{2})\//.exec(row.cited.number ?? '');
  if (!m || !row.citedDate || row.citedDate.startsWith(m[1])) return null;
  const n = row.cited.number!;
  return finding(row, {
    code: 'NUMBER_YEAR_MISMATCH', severity: 'ERROR',
    reason: `Số ${n} mang năm ${m[1]} nhưng được trích dẫn với ngày ${vnDate(row.citedDate)}.`,
    reasonEn: `Number ${n} carries the year ${m[1]} but is cited as dated ${vnDate(row.citedDate)}.`,
  });
}

/** DATE_AFTER_CITING: the cited document's date is later than the citing document's own date. */
export function dateAfterCiting(row: CitationRow): Finding | null {
  if (!row.citedDate || !row.citing.date || row.citedDate <= row.citing.date) return null;
  return finding(row, {
    code: 'DATE_AFTER_CITING', severity: 'ERROR',
    reason: `${label(row.cited)} được trích dẫn với ngày ${vnDate(row.citedDate)}, sau ngày của văn bản trích dẫn (${vnDate(row.citing.date)}).`,
    reasonEn: `${label(row.cited)} is cited as dated ${vnDate(row.citedDate)}, after the citing document's own date (${vnDate(row.citing.date)}).`,
  });
}

/**
 * DATE_BEFORE_SUBJECT_YEAR: a document for one year Y (its title names "năm Y") dated before
 * 1 July of Y − 1. Plans and decisions for a year are prepared in the last months of the year
 * before it or during it, so a date a year and more ahead (828/QĐ-UBND of 19/3/2022 for a 2023
 * plan, sample 002) is most likely a wrong year.
 */
export function dateBeforeSubjectYear(row: CitationRow): Finding | null {
  const y = row.periodEnd;
  if (y === null || row.periodStart !== y || !row.citedDate || row.citedDate >= `${y - 1}-07-01`) return null;
  return finding(row, {
    code: 'DATE_BEFORE_SUBJECT_YEAR', severity: 'WARNING',
    reason: `${label(row.cited)} là văn bản cho năm ${y} nhưng được trích dẫn với ngày ${vnDate(row.citedDate)}, quá sớm: có thể sai năm.`,
    reasonEn: `${label(row.cited)} is for the year ${y} but is cited as dated ${vnDate(row.citedDate)}, too early: the year is likely wrong.`,
  });
}

/**
 * PAST_PERIOD: the citing document relies on (căn cứ, thực hiện) a document for a year or
 * period that ended before the citing document's year (a 2021 plan carrying out the 2020 plan
 * 27/KH-SLĐTBXH, sample 003). Not reported where SUPERSEDED_IN_SERIES names the successor.
 */
export function pastPeriod(row: CitationRow): Finding | null {
  if (!RELIES.has(row.relation) || row.periodEnd === null || row.citingYear === null || row.periodEnd >= row.citingYear) return null;
  const period = row.periodStart === row.periodEnd ? `năm ${row.periodEnd}` : `giai đoạn ${row.periodStart}–${row.periodEnd}`;
  const periodEn = row.periodStart === row.periodEnd ? `the year ${row.periodEnd}` : `the period ${row.periodStart}–${row.periodEnd}`;
  return finding(row, {
    code: 'PAST_PERIOD', severity: 'WARNING',
    reason: `Văn bản năm ${row.citingYear} dựa vào ${label(row.cited)} cho ${period}, đã qua.`,
    reasonEn: `A ${row.citingYear} document relies on ${label(row.cited)}, which is for ${periodEn}, already past.`,
  });
}

/**
 * SUPERSEDED_IN_SERIES: the citing document relies on a yearly or periodic document while the
 * same issuer's next document of that series (same type, title naming a later year up to the
 * citing year) is in the graph and is not cited (sample 000, a 2020 plan resting on the 2019
 * plans 4089 and 572/QĐ-UBND although 3994 and 489/QĐ-UBND exist). `successors` are the
 * candidates of cypher/audit-series-successors.cypher already checked with series.ts.
 */
export function supersededInSeries(row: CitationRow, successors: DocumentRef[]): Finding | null {
  if (!RELIES.has(row.relation) || !successors.length) return null;
  const names = successors.map(label).join(', ');
  return finding(row, {
    code: 'SUPERSEDED_IN_SERIES', severity: 'WARNING', related: successors,
    reason: `Văn bản năm ${row.citingYear} dựa vào ${label(row.cited)} (năm ${row.periodEnd}) trong khi văn bản kế tiếp của cùng cơ quan đã có: ${names}.`,
    reasonEn: `A ${row.citingYear} document relies on ${label(row.cited)} (for ${row.periodEnd}) while the same issuer's next one exists: ${names}.`,
  });
}

/**
 * EXPIRED: the cited document has expired (hết hiệu lực, or hết hiệu lực một phần) by a date
 * on or before the citing document's date, per the validity table loaded with
 * `npm run ingest -- --validity file.csv` (with the table's source).
 */
export function expired(row: CitationRow): Finding | null {
  const status = row.validityStatus;
  if (!status || status === 'còn hiệu lực' || !row.validityDate || !row.citing.date || row.citing.date < row.validityDate) return null;
  const partial = status === 'hết hiệu lực một phần';
  const source = row.validitySource ? ` (nguồn: ${row.validitySource})` : '';
  return finding(row, {
    code: 'EXPIRED', severity: partial ? 'WARNING' : 'ERROR',
    reason: `${label(row.cited)} ${status} từ ${vnDate(row.validityDate)}${row.replacedBy ? `, thay bằng ${row.replacedBy}` : ''}${source}.`,
    reasonEn: `${label(row.cited)} ${partial ? 'partly expired' : 'expired'} on ${vnDate(row.validityDate)}${row.replacedBy ? `, replaced by ${row.replacedBy}` : ''}${row.validitySource ? ` (source: ${row.validitySource})` : ''}.`,
  });
}

/** UNRESOLVED: the cited document is not in the corpus (informational: what to ingest next). */
export function unresolved(row: CitationRow): Finding | null {
  if (row.cited.ingested !== false) return null;
  return finding(row, {
    code: 'UNRESOLVED', severity: 'INFO',
    reason: `${label(row.cited)}${row.cited.issuer ? ` của ${row.cited.issuer}` : ''} chưa có trong kho văn bản.`,
    reasonEn: `${label(row.cited)}${row.cited.issuer ? ` of ${row.cited.issuer}` : ''} is not in the corpus.`,
  });
}
