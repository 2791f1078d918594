import { useCallback, useEffect, useMemo, useState } from 'react';
import { GraphQLClient } from '../model/graphql.ts';
import { UI } from '../model/labels.ts';
import { failed, idle, loading, ready, type DocumentSummary, type Graph, type Remote } from '../model/types.ts';
import { docFromSearch, searchWithDoc } from '../model/url.ts';
import { DocumentPanel } from './DocumentPanel.tsx';
import { LineageView } from './LineageView.tsx';
import { SearchBox } from './SearchBox.tsx';

const LINEAGE_DEPTH = 3;
const defaultClient = new GraphQLClient();

export function App({ client = defaultClient }: { client?: GraphQLClient }) {
  const [docKey, setDocKey] = useState<string | null>(() => docFromSearch(window.location.search));
  const [lineage, setLineage] = useState<Remote<Graph>>(idle);
  const [selectedKey, setSelectedKey] = useState<string | null>(docKey);
  const [attempt, setAttempt] = useState(0);

  // Back and forward restore the document in the address.
  useEffect(() => {
    const onPop = () => setDocKey(docFromSearch(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    setSelectedKey(docKey);
    if (!docKey) {
      setLineage(idle);
      return;
    }
    const controller = new AbortController();
    setLineage(loading);
    client.lineage(docKey, 'UP', LINEAGE_DEPTH, controller.signal).then(
      (graph) => {
        if (!controller.signal.aborted) setLineage(ready(graph));
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setLineage(failed(error));
      },
    );
    return () => controller.abort();
  }, [client, docKey, attempt]);

  const open = useCallback(
    (key: string) => {
      if (key === docKey) {
        setSelectedKey(key);
        return;
      }
      const { pathname, search, hash } = window.location;
      window.history.pushState(null, '', `${pathname}${searchWithDoc(search, key)}${hash}`);
      setDocKey(key);
    },
    [docKey],
  );

  const graph = lineage.status === 'ready' ? lineage.data : null;
  const selectedDoc = useMemo(
    () => graph?.nodes.find((n) => n.key === selectedKey) ?? null,
    [graph, selectedKey],
  );

  useEffect(() => {
    const focus = graph?.nodes.find((n) => n.key === docKey);
    const name = focus?.number ?? focus?.title;
    document.title = name ? `${name} — ${UI.appTitle}` : UI.documentTitle;
  }, [graph, docKey]);

  return (
    <div className="app">
      <header className="app-header">
        <h1>
          {UI.appTitle} <span className="subtitle">{UI.appSubtitle}</span>
        </h1>
      </header>
      <main className="layout">
        <SearchBox client={client} selectedKey={docKey} onChoose={(doc: DocumentSummary) => open(doc.key)} />
        <LineageView
          lineage={lineage}
          focusKey={docKey}
          selectedKey={selectedKey}
          onSelect={setSelectedKey}
          onRetry={() => setAttempt((n) => n + 1)}
        />
        <DocumentPanel
          graph={graph}
          doc={selectedDoc}
          isFocus={selectedKey === docKey}
          onPick={setSelectedKey}
          onOpen={open}
        />
      </main>
    </div>
  );
}
