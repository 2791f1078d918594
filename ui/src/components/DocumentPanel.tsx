import { useId } from 'react';
import { documentFacts, relationsOf, type RelatedDocument } from '../model/facts.ts';
import { UI } from '../model/labels.ts';
import type { DocumentSummary, Graph } from '../model/types.ts';

interface Props {
  graph: Graph | null;
  doc: DocumentSummary | null;
  isFocus: boolean;
  onPick(key: string): void;
  onOpen(key: string): void;
}

/** "Thông tin văn bản": the facts of the picked document and its relations in the drawing. */
export function DocumentPanel({ graph, doc, isFocus, onPick, onOpen }: Props) {
  const headingId = useId();
  const relations = graph && doc ? relationsOf(graph, doc.key) : null;
  return (
    <aside className="panel" aria-labelledby={headingId} data-testid="document-panel">
      <h2 id={headingId}>{UI.panelTitle}</h2>
      {!doc ? (
        <p className="hint">{UI.panelEmpty}</p>
      ) : (
        <>
          <dl className="facts">
            {documentFacts(doc).map((f) => (
              <div key={f.field} className={`fact fact-${f.field}`}>
                <dt>{f.label}</dt>
                <dd>{f.value || '—'}</dd>
              </div>
            ))}
          </dl>
          {!isFocus ? (
            <button type="button" className="open" onClick={() => onOpen(doc.key)}>
              {UI.openLineage}
            </button>
          ) : null}
          {relations ? (
            <>
              <Related heading={UI.citesHeading} items={relations.cites} onPick={onPick} />
              <Related heading={UI.citedByHeading} items={relations.citedBy} onPick={onPick} />
            </>
          ) : null}
        </>
      )}
    </aside>
  );
}

function Related({ heading, items, onPick }: { heading: string; items: RelatedDocument[]; onPick(key: string): void }) {
  if (!items.length) return null;
  return (
    <section className="related">
      <h3>{heading}</h3>
      <ul>
        {items.map((r) => (
          <li key={`${r.relation} ${r.key}`}>
            <span className={`relation rel-${r.relation.toLowerCase()}`}>{r.relationLabel}</span>{' '}
            <button type="button" className="link" onClick={() => onPick(r.key)}>
              {r.name}
            </button>
            {r.quote ? <q className="quote">{r.quote}</q> : null}
            {r.ocr ? <span className="ocr-mark" title={UI.readByOcrTitle}>{UI.readByOcr}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
