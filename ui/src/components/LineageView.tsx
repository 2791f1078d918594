/**
 * Lineage graph: a layered hierarchy (higher authority above), coloured by province or level,
 * shaped by type, lines by relation, stubs hollow, citations with audit findings marked.
 * Click selects, double-click (or the panel's button) expands one more hop; direction, depth,
 * relations and colouring are controls; fit, zoom, PNG and SVG export; a legend. Everything
 * that changes what is drawn is in the address.
 */
import { useCallback, useMemo, useRef } from 'react';
import type { GraphController } from '../graph/controller.ts';
import { findingEdges } from '../model/audit.ts';
import { toDrawing, type NodeElement } from '../model/elements.ts';
import { documentName } from '../model/format.ts';
import type { GraphQLClient } from '../model/graphql.ts';
import { relationLabel } from '../model/labels.ts';
import { mergeGraphs } from '../model/merge.ts';
import { DIRECTIONS, MAX_DEPTH, MIN_DEPTH, RELATIONS, type Route } from '../model/route.ts';
import type { Graph, Relation } from '../model/types.ts';
import { download, Status, useRemote, useT } from './common.tsx';
import { GraphCanvas } from './GraphCanvas.tsx';
import { Legend } from './Legend.tsx';
import { LineagePanel } from './LineagePanel.tsx';
import { useNav } from './nav.tsx';

/** Longest node list drawn as buttons (the keyboard's way into the drawing). */
const NODE_LIST_MAX = 300;

export function LineageView({ client }: { client: GraphQLClient }) {
  const t = useT();
  const { route, go } = useNav();
  const controller = useRef<GraphController | null>(null);
  // Answers by request, so that an expansion does not fetch the lineage again.
  const cache = useRef(new Map<string, Promise<Graph>>());
  const fetchGraph = useCallback(
    (key: string, depth: number) => {
      const id = JSON.stringify([key, route.dir, depth, route.rels]);
      let p = cache.current.get(id);
      if (!p) {
        p = client.lineage(key, route.dir, depth, undefined, route.rels);
        cache.current.set(id, p);
        p.catch(() => cache.current.delete(id));
      }
      return p;
    },
    [client, route.dir, route.rels],
  );

  const doc = route.doc;
  const [lineage, retry] = useRemote(
    doc ? async () => mergeGraphs(await Promise.all([fetchGraph(doc, route.depth), ...route.expand.map((k) => fetchGraph(k, 1))])) : null,
    [doc, route.depth, route.expand.join(','), fetchGraph],
  );
  const [audit] = useRemote((signal) => client.audit({}, signal), [client]);
  const findings = audit.status === 'ready' ? audit.data.items : null;

  const graph = lineage.status === 'ready' ? lineage.data : null;
  const drawing = useMemo(
    () =>
      graph
        ? toDrawing(graph, doc, { colorBy: route.color, findings: findingEdges(findings ?? []), lang: t.lang, words: { central: t.central, unknown: t.unknown } })
        : { elements: [], colors: [] },
    [graph, doc, route.color, findings, t],
  );
  const nodes = useMemo(
    () =>
      drawing.elements
        .filter((e): e is NodeElement => e.group === 'nodes')
        .sort((a, b) => a.data.layer - b.data.layer || a.data.name.localeCompare(b.data.name, 'vi')),
    [drawing],
  );
  const focus = graph?.nodes.find((n) => n.key === doc) ?? null;
  const edgeCount = drawing.elements.length - nodes.length;

  const set = (patch: Partial<Route>, replace = false) => go({ ...route, ...patch }, replace);
  const select = (id: string | null) => set({ sel: id }, true);
  const expand = (key: string) => {
    if (key !== doc && !route.expand.includes(key)) set({ expand: [...route.expand, key] });
  };
  const toggleRelation = (r: Relation) =>
    set({ rels: route.rels.includes(r) ? route.rels.filter((x) => x !== r) : RELATIONS.filter((x) => x === r || route.rels.includes(x)), expand: [] });
  const fileName = (ext: string) => `can-cu-${(focus ? documentName(focus) : 'so-do').replace(/[^\p{L}\p{N}-]+/gu, '-')}.${ext}`;

  if (!doc) {
    return (
      <section className="card">
        <p className="status">{t.graphEmptyPrompt}</p>
      </section>
    );
  }

  return (
    <div className="lineage-view">
      <section className="card lineage" aria-labelledby="lineage-heading">
        <div className="lineage-head">
          <h2 id="lineage-heading">{focus ? t.graphHeading(documentName(focus)) : t.graphLabel}</h2>
          {graph ? <span className="muted">{t.graphCount(nodes.length, edgeCount)}</span> : null}
        </div>
        <form className="controls" onSubmit={(e) => e.preventDefault()}>
          <label>
            {t.directionLabel}{' '}
            <select value={route.dir} onChange={(e) => set({ dir: e.target.value as Route['dir'], expand: [] })}>
              {DIRECTIONS.map((d) => (
                <option key={d} value={d}>
                  {t.directions[d]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t.depthLabel}{' '}
            <input
              type="number"
              min={MIN_DEPTH}
              max={MAX_DEPTH}
              value={route.depth}
              onChange={(e) => {
                const n = Number(e.target.value);
                if (Number.isInteger(n) && n >= MIN_DEPTH && n <= MAX_DEPTH) set({ depth: n });
              }}
            />
          </label>
          <label>
            {t.colorByLabel}{' '}
            <select value={route.color} onChange={(e) => set({ color: e.target.value as Route['color'] }, true)}>
              <option value="level">{t.colorBy.level}</option>
              <option value="province">{t.colorBy.province}</option>
            </select>
          </label>
          <fieldset className="relations">
            <legend>{t.relationsLabel}</legend>
            {RELATIONS.map((r) => (
              <label key={r}>
                <input type="checkbox" checked={!route.rels.length || route.rels.includes(r)} onChange={() => toggleRelation(r)} />{' '}
                {relationLabel(r, t.lang)}
              </label>
            ))}
          </fieldset>
          <div className="buttons" role="group" aria-label={t.graphLabel}>
            <button type="button" disabled={!nodes.length} onClick={() => controller.current?.fit()}>
              {t.fitButton}
            </button>
            <button type="button" disabled={!nodes.length} onClick={() => controller.current?.zoomBy(1.25)} aria-label={t.zoomIn}>
              +
            </button>
            <button type="button" disabled={!nodes.length} onClick={() => controller.current?.zoomBy(0.8)} aria-label={t.zoomOut}>
              −
            </button>
            <button type="button" disabled={!nodes.length} onClick={() => controller.current && download(controller.current.png(), fileName('png'))}>
              {t.exportPng}
            </button>
            <button
              type="button"
              disabled={!nodes.length}
              onClick={() => controller.current && download(controller.current.svg(focus ? t.graphHeading(documentName(focus)) : t.graphLabel), fileName('svg'), 'image/svg+xml;charset=utf-8')}
            >
              {t.exportSvg}
            </button>
          </div>
        </form>
        <p className="hint">{t.graphHelp}</p>
        {/* The status floats over the drawing, so that the canvas never moves under the pointer. */}
        <div className="graph-area">
          <GraphCanvas
            elements={drawing.elements}
            focusKey={doc}
            selectedId={route.sel}
            onSelect={select}
            onExpand={expand}
            controllerRef={controller}
          />
          <div className="graph-status">
            <Status remote={lineage} loadingText={t.graphLoading} errorPrefix={t.graphErrorPrefix} onRetry={retry} />
            {graph && !focus ? (
              <p className="status error" role="alert">
                {t.graphNotFound} <code>{doc}</code>
              </p>
            ) : null}
            {graph?.truncated ? (
              <p className="status" role="status">
                {t.graphTruncated}
              </p>
            ) : null}
            {audit.status === 'error' ? (
              <p className="status error" role="alert">
                {t.findingsHeading}: {audit.message}
              </p>
            ) : null}
          </div>
        </div>
        <Legend colors={drawing.colors} />
        {nodes.length ? (
          <nav className="node-list" aria-label={t.nodeListHeading}>
            <h3>{t.nodeListHeading}</h3>
            <ul>
              {nodes.slice(0, NODE_LIST_MAX).map((n) => (
                <li key={n.data.key}>
                  <button
                    type="button"
                    aria-pressed={n.data.key === route.sel}
                    className={n.data.ingested ? 'chip' : 'chip stub'}
                    style={{ borderColor: n.data.border }}
                    onClick={() => select(n.data.key)}
                  >
                    {n.data.label.replace('\n', ' · ')}
                  </button>
                </li>
              ))}
              {nodes.length > NODE_LIST_MAX ? <li className="muted">… +{nodes.length - NODE_LIST_MAX}</li> : null}
            </ul>
          </nav>
        ) : null}
      </section>
      <LineagePanel graph={graph} selectedId={route.sel} findings={findings} onExpand={expand} expanded={route.expand} />
    </div>
  );
}
