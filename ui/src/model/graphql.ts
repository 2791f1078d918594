/**
 * The page's only way to the API: POST /graphql, typed answers, and an Error carrying the
 * API's own message when it refuses.
 */
import { UI } from './labels.ts';
import type {
  AuditFilter,
  Citation,
  Direction,
  DocumentDetail,
  DocumentSummary,
  Finding,
  Graph,
  Page,
  ProvinceComparison,
  SourceText,
  Stats,
} from './types.ts';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

const DOCUMENT_FIELDS = 'key number type issuer province date title level ingested';

export const SEARCH_QUERY = `query Search($text: String!, $first: Int) {
  search(text: $text, first: $first) { ${DOCUMENT_FIELDS} }
}`;

export const LINEAGE_QUERY = `query Lineage($key: ID!, $direction: Direction, $depth: Int, $relations: [Relation!]) {
  lineage(key: $key, direction: $direction, depth: $depth, relations: $relations) {
    nodes { ${DOCUMENT_FIELDS} }
    edges { from to relation quote ocr confidence }
    truncated
  }
}`;

const CITATION_FIELDS = `relation quote start end confidence ocr file source stated
  from { ${DOCUMENT_FIELDS} } to { ${DOCUMENT_FIELDS} }`;

export const DOCUMENT_QUERY = `query DocumentView($key: ID!, $first: Int, $after: String) {
  document(key: $key) {
    ${DOCUMENT_FIELDS} file
    citations { relation count citations { ${CITATION_FIELDS} } }
    citedBy(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ${CITATION_FIELDS} } }
    }
  }
}`;

export const SOURCE_QUERY = `query Source($key: ID!) {
  document(key: $key) { key source { file text } }
}`;

export const AUDIT_QUERY = `query Audit($key: ID, $province: String, $issuer: String, $yearFrom: Int, $yearTo: Int,
  $codes: [String!], $severity: Severity, $first: Int, $after: String) {
  audit(key: $key, province: $province, issuer: $issuer, yearFrom: $yearFrom, yearTo: $yearTo, codes: $codes,
        severity: $severity, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      code severity quote reason reasonEn
      citing { ${DOCUMENT_FIELDS} } cited { ${DOCUMENT_FIELDS} } related { ${DOCUMENT_FIELDS} }
    } }
  }
}`;

export const COMPARE_QUERY = `query Compare($provinces: [String!], $level: Int) {
  compareProvinces(provinces: $provinces, level: $level) {
    provinces level truncated
    rows {
      document { ${DOCUMENT_FIELDS} }
      provinces { province cited direct documents lagDays first { ${DOCUMENT_FIELDS} } }
    }
  }
}`;

export const STATS_QUERY = `query Stats {
  stats { documents provinces { name documents } issuers { name documents } }
}`;

/** Most findings the page reads for one view (pages of 100). */
export const MAX_FINDINGS = 2000;

interface Connection<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ node: T }>;
}

function page<T>(c: Connection<T>): Page<T> {
  return { items: c.edges.map((e) => e.node), totalCount: c.totalCount, hasNextPage: c.pageInfo.hasNextPage, endCursor: c.pageInfo.endCursor };
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: ReadonlyArray<{ message?: string }>;
}

export class GraphQLClient {
  private readonly endpoint: string;
  private readonly fetchImpl: FetchLike;

  constructor(endpoint = '/graphql', fetchImpl?: FetchLike) {
    this.endpoint = endpoint;
    // Called through a wrapper: a bare `window.fetch` stored on an object throws "Illegal invocation".
    this.fetchImpl = fetchImpl ?? ((input, init) => fetch(input, init));
  }

  /** Runs one operation. Throws an Error with the API's messages, or with the HTTP status. */
  async request<T>(query: string, variables: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
    let response: Response;
    try {
      response = await this.fetchImpl(this.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
        signal,
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new Error(`${UI.networkError}${error instanceof Error ? ` (${error.message})` : ''}`);
    }

    let body: GraphQLResponse<T> | null = null;
    try {
      body = (await response.json()) as GraphQLResponse<T>;
    } catch {
      body = null;
    }
    const messages = (body?.errors ?? []).map((e) => e?.message).filter((m): m is string => !!m);
    if (messages.length) throw new Error(messages.join('; '));
    if (!response.ok) throw new Error(`${UI.httpError} ${response.status}`);
    if (body?.data == null) throw new Error(UI.noDataError);
    return body.data;
  }

  async search(text: string, first = 20, signal?: AbortSignal): Promise<DocumentSummary[]> {
    const data = await this.request<{ search: DocumentSummary[] }>(SEARCH_QUERY, { text, first }, signal);
    return data.search;
  }

  /** The lineage of `key`; `relations` null or empty means every relation. */
  async lineage(
    key: string,
    direction: Direction = 'UP',
    depth = 3,
    signal?: AbortSignal,
    relations: readonly string[] | null = null,
  ): Promise<Graph> {
    const data = await this.request<{ lineage: Graph }>(
      LINEAGE_QUERY,
      { key, direction, depth, relations: relations?.length ? relations : null },
      signal,
    );
    return data.lineage;
  }

  /** A document with its citations and the first page of documents citing it; null when absent. */
  async document(key: string, signal?: AbortSignal, citedByFirst = 50, after: string | null = null): Promise<DocumentDetail | null> {
    type Raw = Omit<DocumentDetail, 'citedBy'> & { citedBy: Connection<Citation> };
    const data = await this.request<{ document: Raw | null }>(DOCUMENT_QUERY, { key, first: citedByFirst, after }, signal);
    if (!data.document) return null;
    return { ...data.document, citedBy: page(data.document.citedBy) };
  }

  /** The decoded text of the file `key` was read from; null for a stub or an unknown key. */
  async source(key: string, signal?: AbortSignal): Promise<SourceText | null> {
    const data = await this.request<{ document: { source: SourceText | null } | null }>(SOURCE_QUERY, { key }, signal);
    return data.document?.source ?? null;
  }

  /** Every finding matching `filter`, page after page, at most {@link MAX_FINDINGS}. */
  async audit(filter: AuditFilter, signal?: AbortSignal): Promise<Page<Finding>> {
    const items: Finding[] = [];
    let after: string | null = null;
    for (;;) {
      const data: { audit: Connection<Finding> } = await this.request(AUDIT_QUERY, { ...filter, first: 100, after }, signal);
      const p = page(data.audit);
      items.push(...p.items);
      if (!p.hasNextPage || !p.endCursor || items.length >= MAX_FINDINGS) {
        return { items, totalCount: p.totalCount, hasNextPage: p.hasNextPage, endCursor: p.endCursor };
      }
      after = p.endCursor;
    }
  }

  /** Higher documents × provinces; `provinces` empty means every province. */
  async compare(provinces: readonly string[], level: number, signal?: AbortSignal): Promise<ProvinceComparison> {
    const data = await this.request<{ compareProvinces: ProvinceComparison }>(
      COMPARE_QUERY,
      { provinces: provinces.length ? provinces : null, level },
      signal,
    );
    return data.compareProvinces;
  }

  /** Provinces and issuers with their counts, for the filters. */
  async stats(signal?: AbortSignal): Promise<Stats> {
    const data = await this.request<{ stats: Stats }>(STATS_QUERY, {}, signal);
    return data.stats;
  }
}

