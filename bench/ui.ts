/**
 * `npm run bench:ui [-- --nodes N --runs R --no-build]`: how long the page takes to draw a large
 * lineage in headless Chromium (Debian's /usr/bin/chromium, or CHROMIUM_PATH).
 *
 * It builds the page (ui/dist), serves it with a stand-in GraphQL endpoint that answers
 * `lineage` with a generated graph of N documents (bench/ui-graph.ts; default 2,000) and every
 * other query with an empty answer, opens `?view=lineage&doc=bench/0` and reads what the page's
 * own drawing code reports (`window.__cancu`, set by ui/src/graph/controller.ts):
 *  - draw: from GraphController.setGraph (elements in hand) to Cytoscape's first rendered
 *    frame: label measurement, layered placement, adding the elements, styling, drawing;
 *  - page: from navigation start to that frame (includes loading the script, the request,
 *    React and the model's toElements).
 * The median of R fresh page loads is reported; the machine is shared, so expect noise.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { serveStatic } from '../api/static.ts';
import { benchLineage } from './ui-graph.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

new Command()
  .name('npm run bench:ui --')
  .option('--nodes <n>', 'documents in the lineage', (v) => Number(v), 2000)
  .option('--runs <n>', 'page loads', (v) => Number(v), 5)
  .option('--no-build', 'use the existing ui/dist')
  .action(async (opts: { nodes: number; runs: number; build: boolean }) => {
    if (opts.build) await build({ configFile: path.join(ROOT, 'ui', 'vite.config.ts'), logLevel: 'warn' });
    const graph = benchLineage(opts.nodes);
    const lineageBody = JSON.stringify({ data: { lineage: graph } });
    const empty = { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] };

    const server = createServer((req, res) => {
      if (!req.url?.startsWith('/graphql')) return serveStatic(req, res);
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const query = (JSON.parse(body) as { query: string }).query;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(query.includes('lineage(') ? lineageBody : JSON.stringify({ data: { audit: empty } }));
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/?view=lineage&doc=bench/0`;

    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const draws: number[] = [];
    const pages: number[] = [];
    try {
      for (let run = 0; run < opts.runs; run++) {
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto(url);
        await page.waitForFunction(() => (window.__cancu?.draws ?? 0) >= 1, undefined, { timeout: 60_000 });
        const r = await page.evaluate(() => ({ phases: window.__cancu!.phases, draw: window.__cancu!.lastDrawMs!, page: performance.now(), nodes: window.__cancu!.nodes().length, edges: window.__cancu!.edges().length }));
        if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
        if (r.nodes !== graph.nodes.length) throw new Error(`drew ${r.nodes} nodes of ${graph.nodes.length}`);
        // `page` is read after the draw was seen; the draw's own end is what counts.
        const drawnAt = await page.evaluate(() => performance.getEntriesByName('cancu-drawn').at(-1)?.startTime ?? null);
        draws.push(r.draw);
        pages.push(drawnAt ?? r.page);
        console.log(`run ${run + 1}: ${r.nodes} nodes, ${r.edges} edge relations; draw ${r.draw.toFixed(0)} ms, page ${(drawnAt ?? r.page).toFixed(0)} ms (${Object.entries(r.phases).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ')})`);
        await page.close();
      }
    } finally {
      await browser.close();
      server.close();
    }
    const result = { ui_nodes: graph.nodes.length, ui_edges: graph.edges.length, ui_draw_ms_median: Math.round(median(draws)), ui_page_ms_median: Math.round(median(pages)) };
    console.log(JSON.stringify(result));
  })
  .parseAsync();
