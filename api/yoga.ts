/**
 * The GraphQL API as a graphql-yoga instance: api/schema.graphql + api/resolvers, on a Neo4j driver.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createSchema, createYoga, type YogaServerInstance, type YogaServerOptions } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import { createContext, type ApiContext } from './context.ts';
import { loadAllQueries } from './cypher.ts';
import { useErrorCodes } from './error-codes.ts';
import { DEFAULT_LIMITS, useLimits, type Limits } from './limits.ts';
import { resolvers } from './resolvers/index.ts';

/** Where the API answers (GraphiQL too, for a browser's GET). */
export const GRAPHQL_ENDPOINT = '/graphql';

/** The schema file, the source of truth for the API. */
export const SCHEMA_PATH = fileURLToPath(new URL('./schema.graphql', import.meta.url));

const DEFAULT_QUERY = /* GraphQL */ `# Căn cứ: search documents, then follow their legal bases.
query Search {
  search(text: "quyet dinh 489", first: 5) { key number type issuer date title ingested }
}

query Lineage {
  lineage(key: "vn/khanh-hoa/ubnd/qd/2020/489", direction: UP, depth: 2) {
    nodes { key number issuer level date ingested }
    edges { from to relation quote }
    depths { key depth }
    truncated
  }
}

query Document {
  document(key: "vn/khanh-hoa/ubnd/qd/2020/489") {
    number issuer date title file
    citations { relation count citations { to { number } quote start end confidence file } }
    citedBy(first: 10) { totalCount edges { node { relation from { number issuer } quote } } }
    sameAs { document { number issuer } reason }
  }
}

query AuthorityChain {
  authorityChain(key: "vn/khanh-hoa/ban-qlda-phat-trien/qd/2021/18") {
    bases { number issuer }
    paths { length documents { number } edges { relation } }
  }
}

query CompareProvinces {
  compareProvinces(provinces: ["Khánh Hòa", "Bình Định"]) {
    rows { document { number issuer date } provinces { province cited direct first { number date } lagDays } }
  }
}

query Stats {
  stats { documents ingested stubs citations relations { relation count } provinces { name documents } }
}
`;

export interface CreateApiOptions {
  /** The Neo4j driver; owned by the caller (createApi never closes it). */
  driver: Driver;
  /** Database name; the driver's default database when absent. */
  database?: string;
  /** Timeout of each read transaction in milliseconds (default 5000). */
  timeoutMs?: number;
  /** Operation limits (depth, aliases, tokens, cost, directives, top-level fields); each defaults to {@link DEFAULT_LIMITS}. */
  limits?: Partial<Limits>;
  /** yoga's logging option (default true: unexpected errors are logged on the server). */
  logging?: YogaServerOptions<ServerContext, ApiContext>['logging'];
}

/** What the HTTP adapter adds to the context (node:http gives `req` and `res`); unused here. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ServerContext = Record<string, any>;

/** The yoga instance createApi returns: a fetch handler (`api.fetch`) and a node:http handler. */
export type Api = YogaServerInstance<ServerContext, ApiContext>;

/**
 * Create the GraphQL API: schema from api/schema.graphql, resolvers from api/resolvers, served at
 * `/graphql` (POST and GET; GraphiQL for a browser). Each request gets a fresh
 * {@link ApiContext} on `driver`.
 *
 * Errors: GraphQLErrors with `extensions.code` BAD_USER_INPUT, NOT_FOUND, LIMIT_EXCEEDED or
 * DATABASE_UNAVAILABLE reach the client as thrown (operations over the limits are refused before
 * they run, api/limits.ts); every other error is masked ("Unexpected error.", code
 * INTERNAL_SERVER_ERROR, never a stack or query text, whatever NODE_ENV says) and logged.
 *
 * @throws Error at once when api/schema.graphql or one of the cypher/*.cypher files is missing.
 */
export function createApi({ driver, database, timeoutMs, limits, logging }: CreateApiOptions): Api {
  loadAllQueries();
  const schema = createSchema<ApiContext>({
    typeDefs: readFileSync(SCHEMA_PATH, 'utf8'),
    resolvers,
  });
  return createYoga<ServerContext, ApiContext>({
    schema,
    context: () => createContext({ driver, database, timeoutMs }),
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    graphiql: { title: 'Căn cứ — GraphQL', defaultQuery: DEFAULT_QUERY },
    // isDev false: never attach the original error (message, stack) to a masked error.
    maskedErrors: { isDev: false },
    landingPage: false,
    logging: logging ?? true,
    plugins: [...useLimits({ ...DEFAULT_LIMITS, ...limits }), useErrorCodes()],
  });
}
