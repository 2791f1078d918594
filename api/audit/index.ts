/**
 * The audit: runs the rules of rules.ts over the graph and returns the findings, ordered by
 * citing document, then code. `run` executes one cypher/audit-*.cypher query (in a read
 * transaction of the API, or of the CLI).
 */
import { dateAfterCiting, dateBeforeSubjectYear, expired, label, numberYearMismatch, pastPeriod, supersededInSeries, unresolved, vnDate, type CitationRow } from './rules.ts';
import { sameSeries } from './series.ts';
import { FINDING_CODES, type AuditFilter, type DocumentRef, type Finding, type FindingCode, type RunQuery } from './types.ts';

export { FINDING_CODES, type AuditFilter, type DocumentRef, type Finding, type FindingCode, type RunQuery, type Severity } from './types.ts';

/** The Cypher files the audit reads, for a server to load at start. */
export const AUDIT_QUERIES = ['audit-citations', 'audit-series-successors', 'audit-changed', 'audit-issuer-conflict', 'audit-date-claims'] as const;

/** The finding for each kind of change, and its verb in Vietnamese and English. */
const CHANGES: Record<string, { code: FindingCode; vi: string; en: string }> = {
  AMENDS: { code: 'AMENDED_NOT_CITED', vi: 'được sửa đổi, bổ sung bởi', en: 'was amended by' },
  REPLACES: { code: 'REPLACED', vi: 'bị thay thế bởi', en: 'was replaced by' },
  REPEALS: { code: 'REPEALED', vi: 'bị bãi bỏ bởi', en: 'was repealed by' },
};

/**
 * All findings that match `filter`. Unknown codes in `filter.codes` match nothing (the API
 * checks codes before calling). Throws what `run` throws.
 */
export async function runAudit(run: RunQuery, filter: AuditFilter = {}): Promise<Finding[]> {
  const wanted = new Set<string>(filter.codes?.length ? filter.codes : FINDING_CODES);
  const want = (...codes: FindingCode[]) => codes.some((c) => wanted.has(c));
  const params = { key: filter.key ?? null, province: filter.province ?? null, issuer: filter.issuer ?? null, yearFrom: filter.yearFrom ?? null, yearTo: filter.yearTo ?? null };
  const found: Finding[] = [];

  if (want('NUMBER_YEAR_MISMATCH', 'DATE_AFTER_CITING', 'DATE_BEFORE_SUBJECT_YEAR', 'PAST_PERIOD', 'SUPERSEDED_IN_SERIES', 'EXPIRED', 'UNRESOLVED')) {
    const rows = (await run('audit-citations', params)) as unknown as CitationRow[];
    const successors = await seriesSuccessors(run, rows);
    for (const row of rows) {
      for (const rule of [numberYearMismatch, dateAfterCiting, dateBeforeSubjectYear, expired, unresolved]) {
        const f = rule(row);
        if (f) found.push(f);
      }
      const next = successors.get(`${row.citing.key}|${row.cited.key}`) ?? [];
      const stale = supersededInSeries(row, next) ?? pastPeriod(row);
      if (stale) found.push(stale);
    }
  }
  if (want('AMENDED_NOT_CITED', 'REPLACED', 'REPEALED')) {
    for (const row of await run('audit-changed', params)) {
      const { code, vi, en } = CHANGES[row.change as string];
      const changer = row.changer as DocumentRef;
      const cited = row.cited as DocumentRef;
      found.push({
        code, severity: code === 'AMENDED_NOT_CITED' ? 'WARNING' : 'ERROR',
        citing: row.citing as DocumentRef, cited, quote: row.quote as string | null, related: [changer],
        reason: `${label(cited)} ${vi} ${label(changer)} (${vnDate(changer.date)}) nhưng văn bản trích dẫn không nhắc đến ${label(changer)}.`,
        reasonEn: `${label(cited)} ${en} ${label(changer)} (${vnDate(changer.date)}), which the citing document does not cite.`,
      });
    }
  }
  if (want('ISSUER_CONFLICT')) {
    for (const row of await run('audit-issuer-conflict', params)) {
      const other = row.other as DocumentRef;
      const cited = row.cited as DocumentRef;
      found.push({
        code: 'ISSUER_CONFLICT', severity: 'ERROR', citing: row.citing as DocumentRef, cited, quote: row.quote as string | null, related: [other],
        reason: `${label(cited)} ngày ${vnDate(cited.date)} trùng số và ngày với ${label(other)} của ${other.issuer ?? '?'}: có thể ghi sai cơ quan ban hành.`,
        reasonEn: `${label(cited)} of ${vnDate(cited.date)} has the number and date of ${label(other)} of ${other.issuer ?? '?'}: the issuer is likely wrong.`,
      });
    }
  }
  if (want('DATE_BEFORE_SUBJECT_YEAR')) {
    for (const row of await run('audit-date-claims', params)) {
      const cited = row.cited as DocumentRef;
      const witness = row.witness as DocumentRef | null;
      found.push({
        code: 'DATE_BEFORE_SUBJECT_YEAR', severity: 'WARNING', citing: row.citing as DocumentRef, cited, quote: row.quote as string | null,
        related: witness ? [witness] : [],
        reason: `${label(cited)} được trích dẫn với ngày ${vnDate(row.citedDate as string)} nhưng nơi khác ghi ngày ${vnDate(cited.date)}.`,
        reasonEn: `${label(cited)} is cited as dated ${vnDate(row.citedDate as string)} but elsewhere as ${vnDate(cited.date)}.`,
      });
    }
  }
  return found
    .filter((f) => wanted.has(f.code) && (!filter.severity || f.severity === filter.severity))
    .sort((a, b) => a.citing.key.localeCompare(b.citing.key) || a.code.localeCompare(b.code) || (a.cited?.key ?? '').localeCompare(b.cited?.key ?? ''));
}

/**
 * For each citation that relies on a document of a past year, the same issuer's later documents
 * of that series which the citing document does not cite, by `citingKey|citedKey`.
 */
async function seriesSuccessors(run: RunQuery, rows: CitationRow[]): Promise<Map<string, DocumentRef[]>> {
  const stale = rows.filter((r) => (r.relation === 'BASED_ON' || r.relation === 'IMPLEMENTS') && r.periodEnd !== null && r.citingYear !== null && r.periodEnd < r.citingYear);
  const result = new Map<string, DocumentRef[]>();
  if (!stale.length) return result;
  const pairs = [...new Map(stale.map((r) => [`${r.cited.key}|${r.citingYear}`, { cited: r.cited.key, year: r.citingYear }])).values()];
  const candidates = await run('audit-series-successors', { pairs });
  const citedBy = new Map<string, Set<string>>();
  for (const r of rows) citedBy.set(r.citing.key, (citedBy.get(r.citing.key) ?? new Set()).add(r.cited.key));
  for (const r of stale) {
    const next = candidates
      .filter((c) => c.cited === r.cited.key && Number(c.year) === r.citingYear)
      .map((c) => c.successor as DocumentRef)
      .filter((s) => (s.date === null || r.citing.date === null || s.date <= r.citing.date) && !citedBy.get(r.citing.key)?.has(s.key))
      .filter((s) => sameSeries(s.title, r.cited.title));
    if (next.length) result.set(`${r.citing.key}|${r.cited.key}`, next);
  }
  return result;
}
