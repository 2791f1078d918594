import { useMemo, useRef } from 'react';
import { toElements, type NodeElement } from '../model/elements.ts';
import { documentName } from '../model/format.ts';
import { UI } from '../model/labels.ts';
import type { Graph, Remote } from '../model/types.ts';
import { GraphCanvas } from './GraphCanvas.tsx';

interface Props {
  lineage: Remote<Graph>;
  focusKey: string | null;
  selectedKey: string | null;
  onSelect(key: string | null): void;
  onRetry(): void;
}

const NO_ELEMENTS: never[] = [];

export function LineageView({ lineage, focusKey, selectedKey, onSelect, onRetry }: Props) {
  const fitRef = useRef<(() => void) | null>(null);
  const graph = lineage.status === 'ready' ? lineage.data : null;
  const elements = useMemo(() => (graph ? toElements(graph, focusKey) : NO_ELEMENTS), [graph, focusKey]);
  const nodes = useMemo(
    () =>
      elements
        .filter((e): e is NodeElement => e.group === 'nodes')
        .sort((a, b) => a.data.layer - b.data.layer || a.data.name.localeCompare(b.data.name, 'vi')),
    [elements],
  );
  const focus = graph?.nodes.find((n) => n.key === focusKey) ?? null;

  return (
    <section className="lineage" aria-labelledby="lineage-heading">
      <div className="lineage-head">
        <h2 id="lineage-heading">{focus ? UI.graphHeading(documentName(focus)) : UI.graphLabel}</h2>
        <button type="button" disabled={!nodes.length} onClick={() => fitRef.current?.()}>
          {UI.fitButton}
        </button>
      </div>
      {/* The status floats over the drawing, so that the canvas never moves under the pointer. */}
      <div className="graph-area">
        <GraphCanvas
          elements={elements}
          focusKey={focusKey}
          selectedKey={selectedKey}
          onSelect={onSelect}
          fitRef={fitRef}
        />
        <LineageStatus lineage={lineage} focusKey={focusKey} found={!!focus} onRetry={onRetry} />
      </div>
      <Legend />
      {nodes.length ? (
        <nav className="node-list" aria-label={UI.nodeListHeading}>
          <h3>{UI.nodeListHeading}</h3>
          <ul>
            {nodes.map((n) => (
              <li key={n.data.key}>
                <button
                  type="button"
                  aria-pressed={n.data.key === selectedKey}
                  className={n.data.ingested ? 'chip' : 'chip stub'}
                  onClick={() => onSelect(n.data.key)}
                >
                  {n.data.label.replace('\n', ' · ')}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </section>
  );
}

function LineageStatus({
  lineage,
  focusKey,
  found,
  onRetry,
}: {
  lineage: Remote<Graph>;
  focusKey: string | null;
  found: boolean;
  onRetry(): void;
}) {
  switch (lineage.status) {
    case 'idle':
      return <p className="status">{UI.graphEmptyPrompt}</p>;
    case 'loading':
      return (
        <p className="status" role="status">
          {UI.graphLoading}
        </p>
      );
    case 'error':
      return (
        <div className="status error" role="alert">
          {UI.graphErrorPrefix}
          {lineage.message}{' '}
          <button type="button" onClick={onRetry}>
            {UI.retry}
          </button>
        </div>
      );
    case 'ready':
      return found ? null : (
        <p className="status error" role="alert">
          {UI.graphNotFound} <code>{focusKey}</code>
        </p>
      );
  }
}

function Legend() {
  return (
    <ul className="legend" aria-label={UI.legendHeading}>
      <li>
        <span className="swatch focus" aria-hidden="true" /> {UI.legendFocus}
      </li>
      <li>
        <span className="swatch ingested" aria-hidden="true" /> {UI.legendIngested}
      </li>
      <li>
        <span className="swatch stub" aria-hidden="true" /> {UI.legendStub}
      </li>
      <li>
        <span className="arrow" aria-hidden="true">
          ↑
        </span>{' '}
        {UI.legendArrow}
      </li>
    </ul>
  );
}
