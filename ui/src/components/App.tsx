/**
 * The page: a header with the views and the language switch, and the view the address names.
 * The address is the only state that matters (model/route.ts): every change of view, filter or
 * selection goes through `go`, which writes it, so a copied link reproduces what was seen.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { GraphQLClient } from '../model/graphql.ts';
import { messages } from '../model/i18n.ts';
import { formatRoute, parseRoute, routeTo, VIEWS, type Route } from '../model/route.ts';
import { AuditView } from './AuditView.tsx';
import { MessagesContext } from './common.tsx';
import { CompareView } from './CompareView.tsx';
import { DocumentView } from './DocumentView.tsx';
import { LineageView } from './LineageView.tsx';
import { NavContext, RouteLink } from './nav.tsx';
import { SearchView } from './SearchView.tsx';

const defaultClient = new GraphQLClient();

export function App({ client = defaultClient }: { client?: GraphQLClient }) {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.search));

  // Back and forward restore the view in the address.
  useEffect(() => {
    const onPop = () => setRoute(parseRoute(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const go = useCallback((next: Route, replace = false) => {
    const url = `${window.location.pathname}${formatRoute(next)}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      if (replace) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    }
    setRoute(next);
  }, []);

  const t = messages(route.lang);
  useEffect(() => {
    document.documentElement.lang = route.lang;
  }, [route.lang]);
  const nav = useMemo(() => ({ route, go }), [route, go]);

  return (
    <MessagesContext.Provider value={t}>
      <NavContext.Provider value={nav}>
        <div className="app">
          <header className="app-header">
            <h1>
              {t.appTitle} <span className="subtitle">{t.appSubtitle}</span>
            </h1>
            <nav aria-label={t.navLabel} className="views">
              <ul>
                {VIEWS.map((view) => (
                  <li key={view}>
                    <RouteLink
                      to={view === 'document' || view === 'lineage' ? { ...route, view } : routeTo(route, { view })}
                      aria-current={route.view === view ? 'page' : undefined}
                      data-testid={`nav-${view}`}
                    >
                      {t.views[view]}
                    </RouteLink>
                  </li>
                ))}
              </ul>
            </nav>
            <button
              type="button"
              className="lang"
              lang={route.lang === 'vi' ? 'en' : 'vi'}
              aria-label={t.switchLanguageLabel}
              onClick={() => go({ ...route, lang: route.lang === 'vi' ? 'en' : 'vi' }, true)}
            >
              {t.switchLanguage}
            </button>
          </header>
          <main className="main">
            {route.view === 'search' ? <SearchView client={client} /> : null}
            {route.view === 'document' ? <DocumentView client={client} /> : null}
            {route.view === 'lineage' ? <LineageView client={client} /> : null}
            {route.view === 'audit' ? <AuditView client={client} /> : null}
            {route.view === 'compare' ? <CompareView client={client} /> : null}
          </main>
        </div>
      </NavContext.Provider>
    </MessagesContext.Provider>
  );
}
