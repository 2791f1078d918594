/**
 * What every view shows lives in the address, so that a link reproduces it: a pure mapping
 * between the query string and a {@link Route}. Defaults are left out of the address, so that
 * links stay short; unknown or malformed values fall back to the defaults.
 *
 * `?doc=<key>` alone (the page's first address format) still opens that document's lineage.
 */
import type { Lang } from './i18n.ts';
import type { Direction, Relation, Severity } from './types.ts';

export const VIEWS = ['search', 'document', 'lineage', 'audit', 'compare'] as const;
export type View = (typeof VIEWS)[number];

export const RELATIONS: readonly Relation[] = ['BASED_ON', 'IMPLEMENTS', 'GUIDES', 'AMENDS', 'REPLACES', 'REPEALS', 'CITES'];
export const DIRECTIONS: readonly Direction[] = ['UP', 'DOWN', 'BOTH'];
export const SEVERITIES: readonly Severity[] = ['ERROR', 'WARNING', 'INFO'];
export type ColorBy = 'province' | 'level';

export const MIN_DEPTH = 1;
export const MAX_DEPTH = 10;
export const DEFAULT_DEPTH = 3;
/** compareProvinces' default: central and Bộ documents. */
export const DEFAULT_COMPARE_LEVEL = 4;

/** The audit table's filters (years are the citing document's). */
export interface AuditRoute {
  province: string | null;
  issuer: string | null;
  code: string | null;
  severity: Severity | null;
  yearFrom: number | null;
  yearTo: number | null;
}

export interface Route {
  view: View;
  lang: Lang;
  /** Search text (search view). */
  q: string;
  /** The document of the document and lineage views. */
  doc: string | null;
  /** Document view: the citation shown in the source text (see citationId). */
  cite: string | null;
  /** Lineage view. */
  dir: Direction;
  depth: number;
  /** Relations followed; empty means all. */
  rels: Relation[];
  color: ColorBy;
  /** Selected node (lineage) or finding edge "from -> to". */
  sel: string | null;
  /** Documents expanded one more hop by a double-click, in order. */
  expand: string[];
  audit: AuditRoute;
  /** Compare view: provinces (empty: all), level, and the document whose timeline is shown. */
  provinces: string[];
  level: number;
  central: string | null;
}

export const DEFAULT_ROUTE: Route = {
  view: 'search',
  lang: 'vi',
  q: '',
  doc: null,
  cite: null,
  dir: 'UP',
  depth: DEFAULT_DEPTH,
  rels: [],
  color: 'level',
  sel: null,
  expand: [],
  audit: { province: null, issuer: null, code: null, severity: null, yearFrom: null, yearTo: null },
  provinces: [],
  level: DEFAULT_COMPARE_LEVEL,
  central: null,
};

function text(params: URLSearchParams, name: string): string | null {
  const v = params.get(name)?.trim();
  return v ? v : null;
}

function int(params: URLSearchParams, name: string, min: number, max: number): number | null {
  const v = text(params, name);
  if (v === null || !/^\d+$/.test(v)) return null;
  const n = Number(v);
  return n >= min && n <= max ? n : null;
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

/** Comma-separated list, empty parts dropped. Keys and province names hold no commas. */
function list(params: URLSearchParams, name: string): string[] {
  return (params.get(name) ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

/** The route of a query string ("?view=lineage&doc=…" or "view=…"). */
export function parseRoute(search: string): Route {
  const p = new URLSearchParams(search);
  const doc = text(p, 'doc');
  const view = oneOf(text(p, 'view'), VIEWS) ?? (doc ? 'lineage' : 'search');
  return {
    view,
    lang: text(p, 'lang') === 'en' ? 'en' : 'vi',
    q: p.get('q') ?? '',
    doc,
    cite: text(p, 'cite'),
    dir: oneOf(text(p, 'dir'), DIRECTIONS) ?? DEFAULT_ROUTE.dir,
    depth: int(p, 'depth', MIN_DEPTH, MAX_DEPTH) ?? DEFAULT_DEPTH,
    rels: [...new Set(list(p, 'rels').filter((r): r is Relation => (RELATIONS as readonly string[]).includes(r)))],
    color: text(p, 'color') === 'province' ? 'province' : 'level',
    sel: text(p, 'sel'),
    expand: [...new Set(list(p, 'expand'))],
    audit: {
      province: text(p, 'province'),
      issuer: text(p, 'issuer'),
      code: text(p, 'code'),
      severity: oneOf(text(p, 'severity'), SEVERITIES),
      yearFrom: int(p, 'from', 1900, 2100),
      yearTo: int(p, 'to', 1900, 2100),
    },
    provinces: [...new Set(list(p, 'provinces'))],
    level: int(p, 'level', 1, 7) ?? DEFAULT_COMPARE_LEVEL,
    central: text(p, 'central'),
  };
}

/**
 * The query string of a route ("?view=…", or "" for the default). Only what the route's view
 * uses is written, plus the language, so a link carries nothing stale from another view.
 */
export function formatRoute(route: Route): string {
  const p = new URLSearchParams();
  if (route.view !== DEFAULT_ROUTE.view) p.set('view', route.view);
  const put = (name: string, value: string | number | null | undefined, dflt: string | number | null = null) => {
    if (value !== null && value !== undefined && value !== '' && value !== dflt) p.set(name, String(value));
  };
  switch (route.view) {
    case 'search':
      put('q', route.q);
      break;
    case 'document':
      put('doc', route.doc);
      put('cite', route.cite);
      break;
    case 'lineage':
      put('doc', route.doc);
      put('dir', route.dir, DEFAULT_ROUTE.dir);
      put('depth', route.depth, DEFAULT_DEPTH);
      put('rels', route.rels.join(','));
      put('color', route.color, DEFAULT_ROUTE.color);
      put('expand', route.expand.join(','));
      put('sel', route.sel);
      break;
    case 'audit':
      put('province', route.audit.province);
      put('issuer', route.audit.issuer);
      put('code', route.audit.code);
      put('severity', route.audit.severity);
      put('from', route.audit.yearFrom);
      put('to', route.audit.yearTo);
      break;
    case 'compare':
      put('provinces', route.provinces.join(','));
      put('level', route.level, DEFAULT_COMPARE_LEVEL);
      put('central', route.central);
      break;
  }
  put('lang', route.lang, 'vi');
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** A route for `view` that keeps the language and what `patch` says, the rest default. */
export function routeTo(from: Route, patch: Partial<Route> & { view: View }): Route {
  return { ...DEFAULT_ROUTE, lang: from.lang, ...patch };
}

/** How a citation is named in the address: "RELATION|cited key|source key". */
export function citationId(c: { relation: string; to: { key: string }; source: string | null }): string {
  return `${c.relation}|${c.to.key}|${c.source ?? ''}`;
}
