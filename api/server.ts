/**
 * The HTTP server: the GraphQL API at /graphql and the built page (ui/dist) at /.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { serveStatic, UI_DIST } from './static.ts';
import { createApi, GRAPHQL_ENDPOINT, type CreateApiOptions } from './yoga.ts';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 4000;

export interface StartServerOptions {
  /** The Neo4j driver; owned by the caller (close() does not close it). */
  driver: Driver;
  /** TCP port; 0 picks a free one. Default: env PORT, else 4000. */
  port?: number;
  /** Interface to bind; default 127.0.0.1 (loopback only). */
  host?: string;
  /** Directory of the built page; default ui/dist. */
  uiDist?: string;
  /** Passed on to createApi (database name, transaction timeout, ...). */
  api?: Omit<CreateApiOptions, 'driver'>;
}

export interface RunningServer {
  /** Base URL with the bound port, e.g. `http://127.0.0.1:4000/`; the API is at `${url}graphql`. */
  url: string;
  /** Stop accepting connections, close idle keep-alive connections and wait for the rest to end. */
  close(): Promise<void>;
}

/**
 * Start a node:http server on `host`:`port` that answers `/graphql` (and yoga's `/health`) with
 * the GraphQL API of {@link createApi}, and every other path with the static files of `ui/dist`
 * (`index.html` for `/`; a short plain-text page saying to run `npm run build:ui` when the page is
 * not built).
 *
 * @returns once the server listens: its URL and a close() function.
 * @throws Error when PORT (from the environment) or `port` is not a port number, when the
 *   address cannot be bound (EADDRINUSE, EACCES), or when the schema or Cypher files are missing.
 */
export async function startServer({
  driver,
  port = portFromEnv(),
  host = DEFAULT_HOST,
  uiDist = UI_DIST,
  api: apiOptions = {},
}: StartServerOptions): Promise<RunningServer> {
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid port: ${port}`);
  const yoga = createApi({ ...apiOptions, driver });

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const pathname = (req.url ?? '/').split('?', 1)[0];
    const handled = pathname === GRAPHQL_ENDPOINT || pathname === '/health' ? yoga(req, res) : serveStatic(req, res, uiDist);
    Promise.resolve(handled).catch(() => {
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('Internal Server Error\n');
      } else {
        res.destroy();
      }
    });
  });

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      done();
    });
  });

  const address = server.address() as AddressInfo;
  const hostname = address.family === 'IPv6' || address.address.includes(':') ? `[${address.address}]` : address.address;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${hostname}:${address.port}/`,
    close() {
      closing ??= new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        server.closeIdleConnections();
      }).then(() => yoga.dispose());
      return closing;
    },
  };
}

/** The port from env PORT, or {@link DEFAULT_PORT} when PORT is unset or empty. */
function portFromEnv(): number {
  const value = process.env.PORT?.trim();
  return value ? Number(value) : DEFAULT_PORT;
}
