/**
 * The audit view's arithmetic: counts per code, the code filter, the CSV export, and which
 * citations of a lineage carry findings.
 */
import { toCsv } from './csv.ts';
import { edgeId } from './elements.ts';
import { documentName, formatDate } from './format.ts';
import { findingLabel, type Lang } from './i18n.ts';
import type { Finding, Severity } from './types.ts';

const SEVERITY_RANK: Record<Severity, number> = { ERROR: 0, WARNING: 1, INFO: 2 };

/** Findings per code, most severe code first, then most findings, then code. */
export function countByCode(findings: readonly Finding[]): Array<{ code: string; severity: Severity; count: number }> {
  const counts = new Map<string, { code: string; severity: Severity; count: number }>();
  for (const f of findings) {
    const c = counts.get(f.code) ?? { code: f.code, severity: f.severity, count: 0 };
    c.count++;
    if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[c.severity]) c.severity = f.severity;
    counts.set(f.code, c);
  }
  return [...counts.values()].sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.count - a.count || a.code.localeCompare(b.code),
  );
}

/** The findings of `code` (all when null). */
export function withCode(findings: readonly Finding[], code: string | null): Finding[] {
  return code ? findings.filter((f) => f.code === code) : [...findings];
}

/** The findings about one document: as the citing one or as the cited one. */
export function findingsOf(findings: readonly Finding[], key: string): Finding[] {
  return findings.filter((f) => f.citing.key === key || f.cited?.key === key);
}

/** `edgeId(citing, cited)` of every finding about a citation. */
export function findingEdges(findings: readonly Finding[]): Set<string> {
  return new Set(findings.filter((f) => f.cited).map((f) => edgeId(f.citing.key, f.cited!.key)));
}

/** The reason in the page's language. */
export function findingReason(f: Finding, lang: Lang): string {
  return lang === 'en' ? f.reasonEn : f.reason;
}

/** The findings as CSV: one row each, with keys so that a spreadsheet can join them back. */
export function findingsCsv(findings: readonly Finding[], lang: Lang): string {
  const head = lang === 'en'
    ? ['severity', 'code', 'finding', 'citing', 'citing key', 'citing issuer', 'citing date', 'cited', 'cited key', 'quote', 'related', 'reason']
    : ['mức', 'mã', 'phát hiện', 'văn bản dẫn', 'mã văn bản dẫn', 'cơ quan ban hành', 'ngày', 'văn bản được dẫn', 'mã văn bản được dẫn', 'trích dẫn', 'liên quan', 'lý do'];
  const rows = findings.map((f) => [
    f.severity,
    f.code,
    findingLabel(f.code, lang),
    documentName(f.citing),
    f.citing.key,
    f.citing.issuer,
    formatDate(f.citing.date),
    f.cited ? documentName(f.cited) : '',
    f.cited?.key ?? '',
    f.quote,
    f.related.map(documentName).join('; '),
    findingReason(f, lang),
  ]);
  return toCsv([head, ...rows]);
}
