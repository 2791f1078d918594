/**
 * The page's only way to the API: POST /graphql, typed answers, and an Error carrying the
 * API's own message when it refuses.
 */
import { UI } from './labels.ts';
import type { Direction, DocumentSummary, Graph } from './types.ts';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

const DOCUMENT_FIELDS = 'key number type issuer province date title level ingested';

export const SEARCH_QUERY = `query Search($text: String!, $first: Int) {
  search(text: $text, first: $first) { ${DOCUMENT_FIELDS} }
}`;

export const LINEAGE_QUERY = `query Lineage($key: ID!, $direction: Direction, $depth: Int) {
  lineage(key: $key, direction: $direction, depth: $depth) {
    nodes { ${DOCUMENT_FIELDS} }
    edges { from to relation quote ocr confidence }
  }
}`;

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

  async lineage(key: string, direction: Direction = 'UP', depth = 3, signal?: AbortSignal): Promise<Graph> {
    const data = await this.request<{ lineage: Graph }>(LINEAGE_QUERY, { key, direction, depth }, signal);
    return data.lineage;
  }
}

