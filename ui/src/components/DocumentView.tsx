/**
 * Document: its facts; its citations grouped by relation and the documents citing it, each
 * with its evidence; the source text with the picked citation's quote highlighted and scrolled
 * into view; and its audit findings. The picked citation is in the address (`cite`).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { findingReason, findingsOf } from '../model/audit.ts';
import { documentName, formatDate } from '../model/format.ts';
import type { GraphQLClient } from '../model/graphql.ts';
import { findingLabel } from '../model/i18n.ts';
import { relationLabel } from '../model/labels.ts';
import { citationId, routeTo } from '../model/route.ts';
import { locateQuote } from '../model/source.ts';
import { errorMessage, type Citation, type DocumentDetail, type Finding, type Page } from '../model/types.ts';
import { Facts, Status, useRemote, useT } from './common.tsx';
import { RouteLink, useNav } from './nav.tsx';

export function DocumentView({ client }: { client: GraphQLClient }) {
  const t = useT();
  const { route } = useNav();
  const key = route.doc;
  const [detail, retry] = useRemote(key ? (signal) => client.document(key, signal) : null, [client, key]);
  const [audit, retryAudit] = useRemote(key ? (signal) => client.audit({ key }, signal) : null, [client, key]);
  const [more, setMore] = useState<Citation[]>([]);
  const [morePage, setMorePage] = useState<Page<Citation> | null>(null);
  const [moreError, setMoreError] = useState<string | null>(null);
  useEffect(() => {
    setMore([]);
    setMorePage(null);
    setMoreError(null);
  }, [key]);

  useEffect(() => {
    const doc = detail.status === 'ready' ? detail.data : null;
    document.title = doc ? `${documentName(doc)} — ${t.appTitle}` : t.documentTitle;
  }, [detail, t]);

  if (!key) {
    return (
      <section className="card">
        <p className="status">{t.documentPrompt}</p>
      </section>
    );
  }
  const doc = detail.status === 'ready' ? detail.data : null;
  const citedByPage = morePage ?? doc?.citedBy ?? null;
  const citedBy = doc ? [...doc.citedBy.items, ...more] : [];
  const all = doc ? [...doc.citations.flatMap((g) => g.citations), ...citedBy] : [];
  const picked = all.find((c) => citationId(c) === route.cite) ?? null;

  const loadMore = async () => {
    if (!citedByPage?.endCursor) return;
    setMoreError(null);
    try {
      const next = await client.document(key, undefined, 50, citedByPage.endCursor);
      if (next) {
        setMore((m) => [...m, ...next.citedBy.items]);
        setMorePage(next.citedBy);
      }
    } catch (error) {
      setMoreError(errorMessage(error));
    }
  };

  return (
    <div className="document-view">
      <section className="card doc-facts" aria-labelledby="doc-heading">
        <h2 id="doc-heading">{doc ? documentName(doc) : t.views.document}</h2>
        <Status remote={detail} onRetry={retry} isEmpty={(d) => d === null} empty={<>{t.documentNotFound} <code>{key}</code></>} />
        {doc ? <Facts doc={doc} /> : null}
        {doc ? (
          <p>
            <RouteLink to={routeTo(route, { view: 'lineage', doc: doc.key })} className="button-link">
              {t.openLineage}
            </RouteLink>
          </p>
        ) : null}
        {doc ? <Findings audit={audit} docKey={doc.key} onRetry={retryAudit} /> : null}
      </section>
      {doc ? (
        <section className="card doc-citations" aria-labelledby="cites-heading">
          <h2 id="cites-heading">{t.citationsHeading}</h2>
          {doc.citations.length === 0 ? <p className="status">{t.noCitations}</p> : null}
          {doc.citations.map((group) => (
            <section key={group.relation} className="citation-group" data-relation={group.relation}>
              <h3>
                {relationLabel(group.relation, t.lang)} ({group.count})
              </h3>
              <ul>
                {group.citations.map((c) => (
                  <CitationItem key={citationId(c)} citation={c} other={c.to} picked={picked === c} />
                ))}
              </ul>
            </section>
          ))}
          <h2 id="cited-by-heading">
            {t.citedByHeading} ({doc.citedBy.totalCount})
          </h2>
          {doc.citedBy.totalCount === 0 ? <p className="status">{t.citedByNone}</p> : null}
          <ul aria-labelledby="cited-by-heading" className="cited-by">
            {citedBy.map((c) => (
              <CitationItem key={`by ${citationId(c)} ${c.from.key}`} citation={c} other={c.from} picked={picked === c} />
            ))}
          </ul>
          {citedByPage?.hasNextPage ? (
            <button type="button" onClick={() => void loadMore()}>
              {t.moreCitedBy}
            </button>
          ) : null}
          {moreError ? (
            <p className="status error" role="alert">
              {t.errorPrefix}
              {moreError}
            </p>
          ) : null}
        </section>
      ) : null}
      {doc ? <SourcePane client={client} doc={doc} citation={picked} /> : null}
    </div>
  );
}

/** One citation: the other document, the relation, the quote and a button to show it in place. */
function CitationItem({ citation: c, other, picked }: { citation: Citation; other: Citation['to']; picked: boolean }) {
  const t = useT();
  const { route, go } = useNav();
  return (
    <li className={picked ? 'citation picked' : 'citation'}>
      <span className={`relation rel-${c.relation.toLowerCase()}`}>{relationLabel(c.relation, t.lang)}</span>{' '}
      <RouteLink to={routeTo(route, { view: 'document', doc: other.key })} className={other.ingested ? '' : 'stub-link'}>
        {documentName(other)}
      </RouteLink>
      {other.date ? <span className="muted"> · {formatDate(other.date)}</span> : null}
      {c.stated && c.source ? <span className="muted"> · {t.stated(c.source)}</span> : null}
      {c.quote ? <q className="quote">{c.quote}</q> : null}
      {c.ocr ? <span className="ocr-mark" title={t.readByOcrTitle}>{t.readByOcr}</span> : null}
      <span className="citation-meta">
        {c.confidence != null ? (
          <span className="muted">
            {t.confidence}: {Math.round(c.confidence * 100)}%
          </span>
        ) : null}{' '}
        {c.quote ? (
          <button type="button" className="small" aria-pressed={picked} onClick={() => go({ ...route, cite: citationId(c) }, true)}>
            {t.showInSource}
          </button>
        ) : null}
      </span>
    </li>
  );
}

/** The source text, scrolled so that the picked citation's highlighted quote is in the middle. */
function SourcePane({ client, doc, citation }: { client: GraphQLClient; doc: DocumentDetail; citation: Citation | null }) {
  const t = useT();
  // A citation's text is its source document's (the citing one, or the one stating it).
  const sourceKey = citation ? (citation.source ?? citation.from.key) : doc.ingested ? doc.key : null;
  const [source, retry] = useRemote(sourceKey ? (signal) => client.source(sourceKey, signal) : null, [client, sourceKey]);
  const span = useMemo(
    () => (source.status === 'ready' && source.data && citation ? locateQuote(source.data.text, citation.start, citation.end, citation.quote) : null),
    [source, citation],
  );
  const pre = useRef<HTMLPreElement>(null);
  const mark = useRef<HTMLElement>(null);
  useEffect(() => {
    if (pre.current && mark.current) {
      // Scroll the text box only, not the page.
      pre.current.scrollTop = mark.current.offsetTop - pre.current.offsetTop - pre.current.clientHeight / 3;
    }
  }, [span]);
  const text = source.status === 'ready' ? source.data : null;
  return (
    <section className="card doc-source" aria-labelledby="source-heading">
      <h2 id="source-heading">{t.sourceHeading}</h2>
      {text ? (
        <p className="muted">
          {t.sourceFile}: <code>{text.file}</code>
        </p>
      ) : null}
      {!citation ? <p className="hint">{t.sourcePrompt}</p> : null}
      <Status remote={source} onRetry={retry} isEmpty={(d) => d === null} empty={t.sourceNone} />
      {!sourceKey ? <p className="status">{t.sourceNone}</p> : null}
      {span?.found === 'quote' ? <p className="status">{t.sourceOffsetsWrong}</p> : null}
      {text ? (
        <pre ref={pre} className="source-text" tabIndex={0} aria-label={t.sourceHeading} data-testid="source-text">
          {span && span.found !== 'none' ? (
            <>
              {span.before}
              <mark ref={mark} data-testid="source-highlight">
                {span.match}
              </mark>
              {span.after}
            </>
          ) : (
            text.text
          )}
        </pre>
      ) : null}
    </section>
  );
}

/** The audit findings in which the document is the citing or the cited one. */
function Findings({ audit, docKey, onRetry }: { audit: ReturnType<typeof useRemote<Page<Finding>>>[0]; docKey: string; onRetry(): void }) {
  const t = useT();
  const { route } = useNav();
  const mine = audit.status === 'ready' ? findingsOf(audit.data.items, docKey) : [];
  return (
    <section className="doc-findings" aria-labelledby="findings-heading">
      <h3 id="findings-heading">{t.findingsHeading}</h3>
      <Status remote={audit} onRetry={onRetry} />
      {audit.status === 'ready' && !mine.length ? <p className="status">{t.findingsNone}</p> : null}
      <ul>
        {mine.map((f, i) => (
          <li key={i} className={`finding sev-${f.severity.toLowerCase()}`}>
            <span className="badge">{t.severity[f.severity] ?? f.severity}</span> <strong>{findingLabel(f.code, t.lang)}</strong>{' '}
            <code className="muted">{f.code}</code>
            <p>{findingReason(f, t.lang)}</p>
            {f.cited ? (
              <RouteLink to={routeTo(route, { view: 'document', doc: f.citing.key, cite: null })}>{documentName(f.citing)}</RouteLink>
            ) : null}
            {f.cited ? ' → ' : null}
            {f.cited ? <RouteLink to={routeTo(route, { view: 'document', doc: f.cited.key })}>{documentName(f.cited)}</RouteLink> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
