/**
 * Serving the built page (ui/dist) with sirv: GET and HEAD only, nothing outside the root,
 * `index.html` for `/`, long caching for Vite's hashed `/assets/*`. When the page is not built,
 * `/` answers a short plain-text note instead.
 */
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

/** The page as `npm run build:ui` writes it. */
export const UI_DIST = fileURLToPath(new URL('../ui/dist/', import.meta.url));

const NOT_BUILT = [
  'Căn cứ',
  '',
  'The page is not built yet: run `npm run build:ui`, then reload.',
  'The GraphQL API is at /graphql (open it in a browser for GraphiQL).',
  '',
].join('\n');

const handlers = new Map<string, ReturnType<typeof sirv>>();

/** Answer `req` from the static files under `root` (404 for anything absent). */
export function serveStatic(req: IncomingMessage, res: ServerResponse, root: string = UI_DIST): void {
  const notFound = () => {
    const built = existsSync(join(root, 'index.html'));
    const path = (req.url ?? '/').split('?', 1)[0];
    res.writeHead(built || path !== '/' ? 404 : 200, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(built || path !== '/' ? 'Not found\n' : NOT_BUILT);
  };
  if (!existsSync(root)) return notFound();
  let handler = handlers.get(root);
  if (!handler) {
    handler = sirv(root, {
      etag: true,
      setHeaders(res, pathname) {
        res.setHeader('Cache-Control', pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    handlers.set(root, handler);
  }
  handler(req, res, notFound);
}
