/**
 * Search: one box. Typing shows suggestions (number, type, issuer, date) after a short pause;
 * Enter (or the button) lists the results, which the address keeps (`q`). The API folds case
 * and diacritics, so "quyet dinh 489" finds 489/QĐ-UBND.
 */
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { documentLine, documentName } from '../model/format.ts';
import type { GraphQLClient } from '../model/graphql.ts';
import { routeTo } from '../model/route.ts';
import type { DocumentSummary } from '../model/types.ts';
import { Status, useRemote, useT } from './common.tsx';
import { RouteLink, useNav } from './nav.tsx';

const SUGGEST_DELAY_MS = 180;
const SUGGESTIONS = 8;

export function SearchView({ client }: { client: GraphQLClient }) {
  const t = useT();
  const { route } = useNav();
  const [results, retry] = useRemote(route.q.trim() ? (signal) => client.search(route.q.trim(), 20, signal) : null, [client, route.q]);
  return (
    <section className="card search-view" aria-labelledby="search-heading">
      <h2 id="search-heading">{t.views.search}</h2>
      <SearchBox client={client} />
      <Status
        remote={results}
        loadingText={t.searching}
        errorPrefix={t.searchErrorPrefix}
        onRetry={retry}
        isEmpty={(d) => d.length === 0}
        empty={
          <>
            {t.searchEmpty} <span className="asked">(“{route.q}”)</span>
          </>
        }
      />
      {results.status === 'ready' && results.data.length ? (
        <ul className="results" aria-label={t.resultsLabel}>
          {results.data.map((doc) => (
            <li key={doc.key} className="result">
              <RouteLink to={routeTo(route, { view: 'document', doc: doc.key })} className="result-number">
                {documentName(doc)}
              </RouteLink>
              <span className="result-line">{documentLine(doc)}</span>
              {doc.title && doc.number ? <span className="result-title">{doc.title}</span> : null}
              <RouteLink to={routeTo(route, { view: 'lineage', doc: doc.key })} className="result-graph">
                {t.openLineageShort}
              </RouteLink>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** The box with its suggestions (the ARIA combobox pattern: arrows move, Enter opens, Escape closes). */
function SearchBox({ client }: { client: GraphQLClient }) {
  const t = useT();
  const { route, go } = useNav();
  const inputId = useId();
  const hintId = useId();
  const listId = useId();
  const [text, setText] = useState(route.q);
  const [typed, setTyped] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => setText(route.q), [route.q]);
  useEffect(() => () => { if (timer.current) clearTimeout(timer.current); }, []);

  const [suggestions] = useRemote<DocumentSummary[]>(
    typed.trim() ? (signal) => client.search(typed.trim(), SUGGESTIONS, signal) : null,
    [client, typed],
  );
  const items = suggestions.status === 'ready' ? suggestions.data : [];
  const showList = open && typed.trim() !== '' && suggestions.status !== 'idle';

  const onChange = (value: string) => {
    setText(value);
    setActive(-1);
    setOpen(true);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => setTyped(value), SUGGEST_DELAY_MS);
  };
  const choose = (doc: DocumentSummary) => {
    setOpen(false);
    go(routeTo(route, { view: 'document', doc: doc.key }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (active >= 0 && items[active]) return choose(items[active]);
    setOpen(false);
    if (text.trim()) go(routeTo(route, { view: 'search', q: text.trim() }));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && items.length) {
      e.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % items.length);
    } else if (e.key === 'ArrowUp' && items.length) {
      e.preventDefault();
      setActive((i) => (i <= 0 ? items.length - 1 : i - 1));
    } else if (e.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <form role="search" onSubmit={submit} className="search-form">
      <label htmlFor={inputId}>{t.searchLabel}</label>
      <div className="search-row">
        <input
          id={inputId}
          type="search"
          role="combobox"
          aria-expanded={showList}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
          value={text}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onFocus={() => setOpen(true)}
          placeholder={t.searchPlaceholder}
          aria-describedby={hintId}
          autoComplete="off"
          spellCheck={false}
        />
        <button type="submit">{t.searchButton}</button>
      </div>
      <p id={hintId} className="hint">
        {t.searchHint}
      </p>
      <div className="suggest-wrap">
        <ul id={listId} role="listbox" aria-label={t.suggestionsLabel} className="suggestions" hidden={!showList}>
          {suggestions.status === 'loading' ? <li className="status" role="status">{t.searching}</li> : null}
          {suggestions.status === 'error' ? (
            <li className="status error" role="alert">
              {t.searchErrorPrefix}
              {suggestions.message}
            </li>
          ) : null}
          {suggestions.status === 'ready' && !items.length ? <li className="status">{t.searchEmpty}</li> : null}
          {items.map((doc, i) => (
            <li
              key={doc.key}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className="suggestion"
              // mousedown, not click: the input's blur would close the list first.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(doc);
              }}
            >
              <span className="result-number">{documentName(doc)}</span>
              <span className="result-line">{documentLine(doc)}</span>
            </li>
          ))}
        </ul>
      </div>
    </form>
  );
}
