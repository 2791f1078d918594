/**
 * Beside the lineage: the picked document's facts and relations in the drawing (with links to
 * its document view, its own lineage, and a keyboard way to expand it), or the picked citation
 * with its audit findings.
 */
import { findingReason } from '../model/audit.ts';
import { edgeId } from '../model/elements.ts';
import { relationsOf } from '../model/facts.ts';
import { documentName } from '../model/format.ts';
import { findingLabel } from '../model/i18n.ts';
import { relationLabel } from '../model/labels.ts';
import { routeTo } from '../model/route.ts';
import type { Finding, Graph } from '../model/types.ts';
import { Facts, useT } from './common.tsx';
import { RouteLink, useNav } from './nav.tsx';

interface Props {
  graph: Graph | null;
  selectedId: string | null;
  findings: readonly Finding[] | null;
  expanded: readonly string[];
  onExpand(key: string): void;
}

export function LineagePanel({ graph, selectedId, findings, expanded, onExpand }: Props) {
  const t = useT();
  const { route, go } = useNav();
  const doc = graph?.nodes.find((n) => n.key === selectedId) ?? null;
  const edge = !doc && graph && selectedId ? graph.edges.filter((e) => edgeId(e.from, e.to) === selectedId) : [];
  const name = (key: string) => {
    const d = graph?.nodes.find((n) => n.key === key);
    return d ? documentName(d) : key;
  };
  const relations = graph && doc ? relationsOf(graph, doc.key) : null;

  return (
    <aside className="card panel" aria-labelledby="panel-heading" data-testid="document-panel">
      <h2 id="panel-heading">{t.panelTitle}</h2>
      {!doc && !edge.length ? <p className="hint">{t.panelEmpty}</p> : null}
      {doc ? (
        <>
          <Facts doc={doc} />
          <p className="panel-actions">
            <RouteLink to={routeTo(route, { view: 'document', doc: doc.key })} className="button-link">
              {t.openDocument}
            </RouteLink>
            {doc.key !== route.doc ? (
              <RouteLink to={{ ...route, doc: doc.key, sel: doc.key, expand: [] }} className="button-link">
                {t.openLineage}
              </RouteLink>
            ) : null}
            {doc.key !== route.doc && !expanded.includes(doc.key) ? (
              <button type="button" onClick={() => onExpand(doc.key)}>
                + 1
              </button>
            ) : null}
          </p>
          {relations ? (
            <>
              <Related heading={t.citesHeading} items={relations.cites} onPick={(k) => go({ ...route, sel: k }, true)} />
              <Related heading={t.citedByHeading} items={relations.citedBy} onPick={(k) => go({ ...route, sel: k }, true)} />
            </>
          ) : null}
        </>
      ) : null}
      {edge.length ? (
        <section className="picked-edge">
          <h3>
            {name(edge[0].from)} → {name(edge[0].to)}
          </h3>
          <ul>
            {edge.map((e) => (
              <li key={e.relation}>
                <span className={`relation rel-${e.relation.toLowerCase()}`}>{relationLabel(e.relation, t.lang)}</span>
                {e.quote ? <q className="quote">{e.quote}</q> : null}
                {e.ocr ? <span className="ocr-mark" title={t.readByOcrTitle}>{t.readByOcr}</span> : null}
              </li>
            ))}
          </ul>
          <RouteLink to={routeTo(route, { view: 'document', doc: edge[0].from })} className="button-link">
            {t.openDocument}
          </RouteLink>
          <h3>{t.findingsHeading}</h3>
          <ul className="edge-findings">
            {(findings ?? [])
              .filter((f) => f.cited && edgeId(f.citing.key, f.cited.key) === selectedId)
              .map((f, i) => (
                <li key={i} className={`finding sev-${f.severity.toLowerCase()}`}>
                  <span className="badge">{t.severity[f.severity]}</span> <strong>{findingLabel(f.code, t.lang)}</strong>
                  <p>{findingReason(f, t.lang)}</p>
                </li>
              ))}
          </ul>
        </section>
      ) : null}
    </aside>
  );
}

function Related({ heading, items, onPick }: { heading: string; items: ReturnType<typeof relationsOf>['cites']; onPick(key: string): void }) {
  const t = useT();
  if (!items.length) return null;
  return (
    <section className="related">
      <h3>{heading}</h3>
      <ul>
        {items.map((r) => (
          <li key={`${r.relation} ${r.key}`}>
            <span className={`relation rel-${r.relation.toLowerCase()}`}>{relationLabel(r.relation, t.lang)}</span>{' '}
            <button type="button" className="link" onClick={() => onPick(r.key)}>
              {r.name}
            </button>
            {r.quote ? <q className="quote">{r.quote}</q> : null}
            {r.ocr ? <span className="ocr-mark" title={t.readByOcrTitle}>{t.readByOcr}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
