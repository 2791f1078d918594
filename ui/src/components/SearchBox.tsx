import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { GraphQLClient } from '../model/graphql.ts';
import { documentLine, documentName } from '../model/format.ts';
import { UI } from '../model/labels.ts';
import { failed, idle, loading, ready, type DocumentSummary, type Remote } from '../model/types.ts';

interface Props {
  client: GraphQLClient;
  /** The document whose lineage is shown, marked in the results. */
  selectedKey: string | null;
  onChoose(doc: DocumentSummary): void;
}

export function SearchBox({ client, selectedKey, onChoose }: Props) {
  const inputId = useId();
  const hintId = useId();
  const [text, setText] = useState('');
  const [results, setResults] = useState<Remote<DocumentSummary[]>>(idle);
  const [asked, setAsked] = useState('');
  const pending = useRef<AbortController | null>(null);

  useEffect(() => () => pending.current?.abort(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const query = text.trim();
    if (!query) return;
    pending.current?.abort();
    const controller = new AbortController();
    pending.current = controller;
    setAsked(query);
    setResults(loading);
    client.search(query, 20, controller.signal).then(
      (docs) => {
        if (!controller.signal.aborted) setResults(ready(docs));
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setResults(failed(error));
      },
    );
  };

  return (
    <section className="search">
      <form role="search" onSubmit={submit}>
        <label htmlFor={inputId}>{UI.searchLabel}</label>
        <div className="search-row">
          <input
            id={inputId}
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={UI.searchPlaceholder}
            aria-describedby={hintId}
            autoComplete="off"
            spellCheck={false}
          />
          <button type="submit">{UI.searchButton}</button>
        </div>
        <p id={hintId} className="hint">
          {UI.searchHint}
        </p>
      </form>
      <SearchResults results={results} asked={asked} selectedKey={selectedKey} onChoose={onChoose} />
    </section>
  );
}

function SearchResults({
  results,
  asked,
  selectedKey,
  onChoose,
}: {
  results: Remote<DocumentSummary[]>;
  asked: string;
  selectedKey: string | null;
  onChoose(doc: DocumentSummary): void;
}) {
  switch (results.status) {
    case 'idle':
      return null;
    case 'loading':
      return (
        <p className="status" role="status">
          {UI.searching}
        </p>
      );
    case 'error':
      return (
        <p className="status error" role="alert">
          {UI.searchErrorPrefix}
          {results.message}
        </p>
      );
    case 'ready':
      if (!results.data.length) {
        return (
          <p className="status" role="status">
            {UI.searchEmpty} <span className="asked">(“{asked}”)</span>
          </p>
        );
      }
      return (
        <ul className="results" aria-label={UI.resultsLabel}>
          {results.data.map((doc) => (
            <li key={doc.key}>
              <button
                type="button"
                className="result"
                aria-current={doc.key === selectedKey ? 'true' : undefined}
                onClick={() => onChoose(doc)}
              >
                <span className="result-number">{documentName(doc)}</span>
                <span className="result-line">{documentLine(doc)}</span>
                {doc.title && doc.number ? <span className="result-title">{doc.title}</span> : null}
              </button>
            </li>
          ))}
        </ul>
      );
  }
}
