/**
 * Compare provinces: a matrix of provinces × central and Bộ documents, each cell shaded by the
 * lag from the central document's date to the province's first citing document; and, for the
 * document picked in the matrix (`central` in the address), a timeline of its cascade through
 * the provinces and their Sở.
 */
import { useMemo } from 'react';
import { cascadeTimeline, LAG_BUCKETS, lagShade } from '../model/compare.ts';
import { documentName, formatDate } from '../model/format.ts';
import type { GraphQLClient } from '../model/graphql.ts';
import { levelLabel } from '../model/labels.ts';
import { routeTo } from '../model/route.ts';
import { Status, useRemote, useT } from './common.tsx';
import { RouteLink, useNav } from './nav.tsx';

/** Hops followed down from the central document for the timeline. */
const TIMELINE_DEPTH = 4;

export function CompareView({ client }: { client: GraphQLClient }) {
  const t = useT();
  const { route, go } = useNav();
  const [stats, retryStats] = useRemote((signal) => client.stats(signal), [client]);
  const [comparison, retry] = useRemote((signal) => client.compare(route.provinces, route.level, signal), [client, route.provinces.join(','), route.level]);
  const allProvinces = stats.status === 'ready' ? stats.data.provinces.map((p) => p.name) : route.provinces;
  const toggle = (p: string) => {
    const on = route.provinces.length ? route.provinces : allProvinces;
    const next = on.includes(p) ? on.filter((x) => x !== p) : allProvinces.filter((x) => x === p || on.includes(x));
    go({ ...route, provinces: next.length === allProvinces.length ? [] : next }, true);
  };

  return (
    <div className="compare-view">
      <section className="card" aria-labelledby="compare-heading">
        <h2 id="compare-heading">{t.compareHeading}</h2>
        <form className="filters" onSubmit={(e) => e.preventDefault()}>
          <fieldset className="provinces">
            <legend>{t.compareProvinces}</legend>
            <Status remote={stats} onRetry={retryStats} />
            {allProvinces.map((p) => (
              <label key={p}>
                <input type="checkbox" checked={!route.provinces.length || route.provinces.includes(p)} onChange={() => toggle(p)} /> {p}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor="compare-level">{t.compareLevel}</label>
            <select id="compare-level" value={route.level} onChange={(e) => go({ ...route, level: Number(e.target.value) }, true)}>
              {[1, 2, 3, 4, 5].map((l) => (
                <option key={l} value={l}>
                  {levelLabel(l, t.lang)}
                </option>
              ))}
            </select>
          </div>
        </form>
        <Status remote={comparison} onRetry={retry} isEmpty={(c) => c.rows.length === 0} empty={t.compareEmpty} />
        {comparison.status === 'ready' && comparison.data.rows.length ? (
          <>
            <div className="table-wrap">
              <table className="matrix" data-testid="compare-matrix">
                <caption>{t.compareMatrixCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.compareDocument}</th>
                    {comparison.data.provinces.map((p) => (
                      <th scope="col" key={p}>
                        {p}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {comparison.data.rows.map((row) => (
                    <tr key={row.document.key} aria-current={row.document.key === route.central ? 'true' : undefined}>
                      <th scope="row">
                        <button
                          type="button"
                          className="link"
                          aria-pressed={row.document.key === route.central}
                          onClick={() => go({ ...route, central: row.document.key })}
                        >
                          {documentName(row.document)}
                        </button>
                        <span className="muted small">
                          {' '}
                          {row.document.issuer} {formatDate(row.document.date)}
                        </span>
                      </th>
                      {row.provinces.map((u) => {
                        const shade = u.cited ? lagShade(u.lagDays) : null;
                        return (
                          <td
                            key={u.province}
                            className={u.cited ? 'cell cited' : 'cell'}
                            style={shade ? { background: shade.fill, color: shade.text } : undefined}
                            data-province={u.province}
                          >
                            {u.cited ? (
                              <>
                                <strong>{u.lagDays != null ? t.compareLag(u.lagDays) : t.compareLagUnknown}</strong>
                                {u.first ? (
                                  <>
                                    <br />
                                    <RouteLink to={routeTo(route, { view: 'document', doc: u.first.key })} className="cell-link">
                                      {documentName(u.first)}
                                    </RouteLink>
                                  </>
                                ) : null}
                                {!u.direct ? <span className="small"> ({t.compareIndirect})</span> : null}
                              </>
                            ) : (
                              <span className="muted">{t.compareNotCited}</span>
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {comparison.data.truncated ? <p className="status">{t.compareTruncated}</p> : null}
            <LagLegend />
          </>
        ) : null}
      </section>
      <Timeline client={client} />
    </div>
  );
}

function LagLegend() {
  const t = useT();
  let from = 0;
  let previous = 0;
  return (
    <div className="lag-legend">
      <span>{t.compareLagLegend}:</span>
      {LAG_BUCKETS.map((b) => {
        const label = Number.isFinite(b.maxDays) ? `${from}–${b.maxDays}` : `> ${previous}`;
        if (Number.isFinite(b.maxDays)) {
          previous = b.maxDays;
          from = b.maxDays + 1;
        }
        return (
          <span key={label} className="lag-swatch" style={{ background: b.fill, color: b.text }}>
            {label}
          </span>
        );
      })}
    </div>
  );
}

/** The cascade of the picked document: one line per issuer, grouped by province, on a time axis. */
function Timeline({ client }: { client: GraphQLClient }) {
  const t = useT();
  const { route } = useNav();
  const key = route.central;
  const [graph, retry] = useRemote(key ? (signal) => client.lineage(key, 'DOWN', TIMELINE_DEPTH, signal) : null, [client, key]);
  const timeline = useMemo(() => (graph.status === 'ready' && key ? cascadeTimeline(graph.data, key) : null), [graph, key]);
  let lastProvince: string | null | undefined;
  return (
    <section className="card timeline" aria-labelledby="timeline-heading" data-testid="timeline">
      <h2 id="timeline-heading">{timeline ? t.compareTimelineHeading(documentName(timeline.root)) : t.compareTimeline}</h2>
      {!key ? <p className="hint">{t.compareTimelinePrompt}</p> : null}
      <Status remote={graph} onRetry={retry} />
      {graph.status === 'ready' && (!timeline || !timeline.rows.length) ? <p className="status">{t.compareTimelineEmpty}</p> : null}
      {timeline && timeline.rows.length ? (
        <div className="tl">
          <div className="tl-axis" aria-hidden="true">
            <span className="tl-label" />
            <span className="tl-track">
              <span className="tl-tick" style={{ left: '0%' }}>
                {formatDate(timeline.from)}
              </span>
              {timeline.ticks.map((tick) => (
                <span key={tick.label} className="tl-tick" style={{ left: `${tick.at * 100}%` }}>
                  {tick.label}
                </span>
              ))}
            </span>
          </div>
          <ul className="tl-rows">
            {timeline.rows.map((row) => {
              const heading = row.province !== lastProvince ? (row.province ?? t.central) : null;
              lastProvince = row.province;
              return (
                <li key={`${row.province}|${row.issuer}`} className="tl-row" data-province={row.province ?? ''}>
                  {heading ? <strong className="tl-province">{heading}</strong> : null}
                  <span className="tl-line">
                    <span className="tl-label">{row.issuer}</span>
                    <span className="tl-track">
                      {row.items.map((item) => (
                        <RouteLink
                          key={item.key}
                          to={routeTo(route, { view: 'document', doc: item.key })}
                          className="tl-item"
                          aria-label={`${item.name}, ${formatDate(item.date)}, ${t.daysAfter(item.lagDays)}`}
                        >
                          <span className="tl-dot" style={{ left: `${item.at * 100}%` }} />
                          <span className="tl-text" style={{ left: `${item.at * 100}%` }}>
                            {item.name} <span className="muted">{t.daysAfter(item.lagDays)}</span>
                          </span>
                        </RouteLink>
                      ))}
                    </span>
                  </span>
                </li>
              );
            })}
          </ul>
          {timeline.undated.length ? (
            <p className="muted">
              {t.undated}: {timeline.undated.map(documentName).join(', ')}
            </p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
