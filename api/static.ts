/**
 * Serving the built page (ui/dist) over node:http: GET and HEAD only, no directory listings,
 * nothing outside the root, `index.html` for `/`.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The page as `npm run build:ui` writes it. */
export const UI_DIST = fileURLToPath(new URL('../ui/dist/', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

const NOT_BUILT = [
  'Căn cứ',
  '',
  'The page is not built yet: run `npm run build:ui`, then reload.',
  'The GraphQL API is at /graphql (open it in a browser for GraphiQL).',
  '',
].join('\n');

/**
 * Answer a request for a static file under `root`: `/` is `index.html`; a path without an
 * extension that matches no file also gets `index.html` (the page handles its own routes).
 * Vite's hashed `/assets/*` are cached for a year, everything else is revalidated.
 * When `root/index.html` does not exist, `/` answers 200 with a short plain-text page saying
 * to run `npm run build:ui`. Never throws: failures answer 404, 405 or 500.
 */
export async function serveStatic(req: IncomingMessage, res: ServerResponse, root: string = UI_DIST): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, req, 405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
    return;
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    send(res, req, 400, 'Bad Request\n');
    return;
  }
  if (pathname.includes('\0')) {
    send(res, req, 400, 'Bad Request\n');
    return;
  }
  const base = resolve(root);
  const index = join(base, 'index.html');
  try {
    if (pathname === '/' || pathname === '/index.html') {
      if (!(await isFile(index))) {
        send(res, req, 200, NOT_BUILT);
        return;
      }
      await sendFile(req, res, index);
      return;
    }
    const file = resolve(base, `.${pathname}`);
    if (file !== base && !file.startsWith(base + sep)) {
      send(res, req, 404, 'Not Found\n');
      return;
    }
    if (await isFile(file)) {
      await sendFile(req, res, file);
      return;
    }
    if (extname(pathname) === '' && (await isFile(index))) {
      await sendFile(req, res, index);
      return;
    }
    send(res, req, 404, 'Not Found\n');
  } catch {
    if (!res.headersSent) send(res, req, 500, 'Internal Server Error\n');
    else res.destroy();
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function sendFile(req: IncomingMessage, res: ServerResponse, file: string): Promise<void> {
  const info = await stat(file);
  const immutable = file.includes(`${sep}assets${sep}`);
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': info.size,
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    'Last-Modified': info.mtime.toUTCString(),
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  await new Promise<void>((done, fail) => {
    const stream = createReadStream(file);
    stream.on('error', fail);
    res.on('close', () => {
      stream.destroy();
      done();
    });
    stream.pipe(res);
  });
}

function send(res: ServerResponse, req: IncomingMessage, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}
