/**
 * Audit: the findings of the citation audit in a table, with filters (province, issuer, code,
 * severity, years of the citing document), counts per code, CSV export, and from each finding
 * a link to its citation in the lineage graph. Province, issuer, years and severity are asked
 * of the API; the code filter is applied here, so that the counts always show every code.
 */
import { useEffect, useId, useState } from 'react';
import { countByCode, findingReason, findingsCsv, withCode } from '../model/audit.ts';
import { edgeId } from '../model/elements.ts';
import { documentName, formatDate } from '../model/format.ts';
import type { GraphQLClient } from '../model/graphql.ts';
import { FINDING_LABELS, findingLabel } from '../model/i18n.ts';
import { routeTo, SEVERITIES, type AuditRoute } from '../model/route.ts';
import type { Severity } from '../model/types.ts';
import { download, Status, useRemote, useT } from './common.tsx';
import { RouteLink, useNav } from './nav.tsx';

export function AuditView({ client }: { client: GraphQLClient }) {
  const t = useT();
  const { route, go } = useNav();
  const a = route.audit;
  const [stats, retryStats] = useRemote((signal) => client.stats(signal), [client]);
  const [result, retry] = useRemote(
    (signal) => client.audit({ province: a.province, issuer: a.issuer, yearFrom: a.yearFrom, yearTo: a.yearTo, severity: a.severity }, signal),
    [client, a.province, a.issuer, a.yearFrom, a.yearTo, a.severity],
  );
  const all = result.status === 'ready' ? result.data.items : [];
  const counts = countByCode(all);
  const shown = withCode(all, a.code);
  const set = (patch: Partial<AuditRoute>) => go({ ...route, audit: { ...a, ...patch } }, true);
  const provinces = stats.status === 'ready' ? stats.data.provinces.map((p) => p.name) : [];
  const issuers = stats.status === 'ready' ? stats.data.issuers.map((p) => p.name) : [];
  const codes = [...new Set([...Object.keys(FINDING_LABELS), ...counts.map((c) => c.code)])];

  return (
    <section className="card audit-view" aria-labelledby="audit-heading">
      <h2 id="audit-heading">{t.auditHeading}</h2>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t.auditFilters}>
        <Select label={t.filterProvince} value={a.province} options={withValue(provinces, a.province)} onChange={(v) => set({ province: v })} />
        <Select label={t.filterIssuer} value={a.issuer} options={withValue(issuers, a.issuer)} onChange={(v) => set({ issuer: v })} />
        <Select
          label={t.filterCode}
          value={a.code}
          options={codes}
          optionLabel={(c) => `${findingLabel(c, t.lang)} (${c})`}
          onChange={(v) => set({ code: v })}
        />
        <Select
          label={t.filterSeverity}
          value={a.severity}
          options={[...SEVERITIES]}
          optionLabel={(s) => t.severity[s] ?? s}
          onChange={(v) => set({ severity: v as Severity | null })}
        />
        <Year label={t.filterYearFrom} value={a.yearFrom} onChange={(v) => set({ yearFrom: v })} />
        <Year label={t.filterYearTo} value={a.yearTo} onChange={(v) => set({ yearTo: v })} />
        <button type="button" onClick={() => set({ province: null, issuer: null, code: null, severity: null, yearFrom: null, yearTo: null })}>
          {t.clearFilters}
        </button>
      </form>
      {stats.status === 'error' ? <Status remote={stats} onRetry={retryStats} /> : null}
      <Status remote={result} onRetry={retry} />
      {result.status === 'ready' ? (
        <>
          <div className="audit-summary">
            <h3 id="counts-heading">{t.auditCounts}</h3>
            <ul className="counts" aria-labelledby="counts-heading" data-testid="audit-counts">
              {counts.map((c) => (
                <li key={c.code}>
                  <button
                    type="button"
                    className={`count sev-${c.severity.toLowerCase()}`}
                    aria-pressed={a.code === c.code}
                    data-code={c.code}
                    onClick={() => set({ code: a.code === c.code ? null : c.code })}
                  >
                    <span className="count-n">{c.count}</span> {findingLabel(c.code, t.lang)} <code>{c.code}</code>
                  </button>
                </li>
              ))}
            </ul>
            <p className="muted" role="status">
              {a.code ? t.auditShown(shown.length, all.length) : t.auditTotal(all.length)}
            </p>
            <button type="button" disabled={!shown.length} onClick={() => download(findingsCsv(shown, t.lang), 'can-cu-kiem-tra.csv', 'text/csv;charset=utf-8')}>
              {t.auditExportCsv}
            </button>
          </div>
          {!shown.length ? <p className="status">{t.auditEmpty}</p> : null}
          {shown.length ? (
            <div className="table-wrap">
              <table className="findings" data-testid="audit-table">
                <thead>
                  <tr>
                    <th scope="col">{t.auditColumns.severity}</th>
                    <th scope="col">{t.auditColumns.code}</th>
                    <th scope="col">{t.auditColumns.citing}</th>
                    <th scope="col">{t.auditColumns.cited}</th>
                    <th scope="col">{t.auditColumns.quote}</th>
                    <th scope="col">{t.auditColumns.reason}</th>
                    <th scope="col">{t.auditColumns.related}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((f, i) => (
                    <tr key={i} className={`sev-${f.severity.toLowerCase()}`} data-code={f.code}>
                      <td>
                        <span className="badge">{t.severity[f.severity] ?? f.severity}</span>
                      </td>
                      <td>
                        {findingLabel(f.code, t.lang)}
                        <br />
                        <code className="muted">{f.code}</code>
                      </td>
                      <td>
                        <RouteLink to={routeTo(route, { view: 'document', doc: f.citing.key })}>{documentName(f.citing)}</RouteLink>
                        <br />
                        <span className="muted">
                          {f.citing.issuer} {formatDate(f.citing.date)}
                        </span>
                      </td>
                      <td>
                        {f.cited ? (
                          <>
                            <RouteLink to={routeTo(route, { view: 'document', doc: f.cited.key })}>{documentName(f.cited)}</RouteLink>
                            <br />
                            <RouteLink
                              to={routeTo(route, { view: 'lineage', doc: f.citing.key, depth: 1, sel: edgeId(f.citing.key, f.cited.key) })}
                              className="small-link"
                              data-testid="finding-graph-link"
                            >
                              {t.auditShowInGraph}
                            </RouteLink>
                          </>
                        ) : (
                          '—'
                        )}
                      </td>
                      <td>{f.quote ? <q>{f.quote}</q> : '—'}</td>
                      <td>{findingReason(f, t.lang)}</td>
                      <td>{f.related.map(documentName).join(', ') || '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

/** The options, with `value` added when the list does not have it (a link from elsewhere). */
function withValue(options: string[], value: string | null): string[] {
  return value && !options.includes(value) ? [value, ...options] : options;
}

function Select({ label, value, options, optionLabel = (o) => o, onChange }: { label: string; value: string | null; options: string[]; optionLabel?(o: string): string; onChange(v: string | null): void }) {
  const t = useT();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{t.auditAll}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {optionLabel(o)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A year box that keeps what is being typed and reports only empty or a whole year. */
function Year({ label, value, onChange }: { label: string; value: number | null; onChange(v: number | null): void }) {
  const id = useId();
  const [text, setText] = useState(value == null ? '' : String(value));
  useEffect(() => setText(value == null ? '' : String(value)), [value]);
  return (
    <div className="field year">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        min={1900}
        max={2100}
        inputMode="numeric"
        value={text}
        onChange={(e) => {
          const v = e.target.value.trim();
          setText(v);
          if (!v) return onChange(null);
          const n = Number(v);
          if (Number.isInteger(n) && n >= 1900 && n <= 2100) onChange(n);
        }}
      />
    </div>
  );
}
