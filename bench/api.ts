/**
 * `npm run bench:api [-- --sizes N,M --seconds S --connections C]`: latency (p50, p95, p99, one
 * client at a time, so that the figures are the API's and not a queue's) and requests/s under
 * load (C concurrent clients, lineage depth 5) of the GraphQL API over HTTP (autocannon against
 * the real server of api/server.ts on 127.0.0.1), for `lineage(depth: 3 and 5)` and `search`, on
 * graphs in a Neo4j of its own (port BENCH_NEO4J_PORT, default 7689; data in
 * data/neo4j-bench-api, deleted first; page cache BENCH_NEO4J_PAGECACHE, default 3g):
 *
 * 1. the sample corpus (examples/corpus, ingested);
 * 2. generated graphs of each size N (default 100,000; bench/api-graph.ts, seed 42), one after
 *    the other; the last line is every figure as JSON.
 *
 * Each scenario cycles through a fixed list of start documents or search texts (so caches see a
 * realistic mix, not one request repeated), after a short warm-up. Every scenario's answers are
 * checked once for errors before it is timed. p95 is computed from every response time.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { Command } from 'commander';
import neo4j, { type Driver } from 'neo4j-driver';
import { startServer } from '../api/server.ts';
import { applySchema, ingestPaths } from '../ingest/index.ts';
import { REPO_ROOT, startLocalNeo4j } from '../neo4j/local.ts';
import { generateGraph, writeGraph } from './api-graph.ts';
import { clearBenchDatabase } from './clear.ts';
import { random } from './generate.ts';

// Not imported from api/main.ts: importing that module runs the server's command line.
const SAMPLE_CORPUS = fileURLToPath(new URL('../examples/corpus/', import.meta.url));
const lineage = (depth: number) => `query ($k: ID!) { lineage(key: $k, depth: ${depth}) { nodes { key number issuer level date } edges { from to relation } truncated } }`;
const SEARCH = 'query ($t: String!) { search(text: $t, first: 20) { key number issuer date title } }';

interface Scenario {
  name: string;
  bodies: string[];
}

interface Figures {
  graph: string;
  /** Documents in the graph (the samples: null). */
  documents: number | null;
  scenario: string;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function run(url: string, scenario: Scenario, seconds: number, connections: number): Promise<Omit<Figures, 'graph' | 'documents'>> {
  // Check the answers first: a benchmark of errors would be worthless.
  for (const body of scenario.bodies.slice(0, 5)) {
    const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const json = (await r.json()) as { errors?: unknown[] };
    if (json.errors) throw new Error(`${scenario.name}: ${JSON.stringify(json.errors)}`);
  }
  let i = 0;
  const options = (duration: number) => ({
    url,
    method: 'POST' as const,
    headers: { 'content-type': 'application/json' },
    connections,
    duration,
    requests: [{ setupRequest: (req: autocannon.Request) => ({ ...req, body: scenario.bodies[i++ % scenario.bodies.length] }) }],
  });
  await autocannon(options(2)); // warm-up: JIT, query plans, page cache
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options(seconds), (error, res) => (error ? reject(error) : resolve(res)));
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  return {
    scenario: scenario.name,
    requests: result.requests.total,
    rps: Math.round((result.requests.total / result.duration) * 10) / 10,
    p50: Math.round(percentile(times, 50) * 10) / 10,
    p95: Math.round(percentile(times, 95) * 10) / 10,
    p99: Math.round(percentile(times, 99) * 10) / 10,
    errors: result.errors + result.non2xx,
  };
}

/** Keys of `count` documents that cite something (lineage starts), spread over the graph. */
async function startKeys(driver: Driver, count: number, seed: number): Promise<string[]> {
  const { records } = await driver.executeQuery(
    'MATCH (d:Document) WHERE EXISTS { (d)-[:BASED_ON|IMPLEMENTS|GUIDES|CITES]->() } RETURN d.key AS key ORDER BY key',
  );
  const keys = records.map((r) => r.get('key') as string);
  const next = random(seed);
  return Array.from({ length: Math.min(count, keys.length) }, () => keys[Math.floor(next() * keys.length)]);
}

const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });

new Command()
  .name('npm run bench:api --')
  .option('--sizes <list>', 'documents of the generated graphs, comma-separated', (v) => v.split(',').map(Number), [100_000])
  .option('--seconds <n>', 'seconds per scenario', (v) => Number(v), 10)
  .option('--connections <n>', 'concurrent connections', (v) => Number(v), 8)
  .action(async (opts: { sizes: number[]; seconds: number; connections: number }) => {
    const port = Number(process.env.BENCH_NEO4J_PORT || 7689);
    const dataDir = path.join(REPO_ROOT, 'data', 'neo4j-bench-api');
    await rm(dataDir, { recursive: true, force: true });
    // A page cache that holds the largest graph's store (2.1 GB at 1M documents), as one would size
    // it for a graph of that size: with the default 256 MB, reads at 1M wait on the disk.
    const db = await startLocalNeo4j({ port, dataDir, log: (line) => console.error(line), pageCache: process.env.BENCH_NEO4J_PAGECACHE || '3g' });
    const driver = neo4j.driver(db.uri);
    const server = await startServer({ driver, port: 0, api: { logging: false } });
    const url = `${server.url}graphql`;
    const figures: Figures[] = [];
    const report = (graph: string, f: Omit<Figures, 'graph' | 'documents'>, documents: number | null = null) => {
      figures.push({ graph, documents, ...f });
      console.log(`${graph.padEnd(18)} ${f.scenario.padEnd(22)} ${String(f.rps).padStart(7)} req/s  p50 ${f.p50} ms  p95 ${f.p95} ms  p99 ${f.p99} ms  (${f.requests} requests, ${f.errors} errors)`);
    };
    try {
      await applySchema(driver);
      console.log(`bench:api: ${opts.seconds} s per scenario, latency with 1 client, load with ${opts.connections} connections, ${url}`);

      await ingestPaths(driver, [SAMPLE_CORPUS]);
      const sampleKeys = await startKeys(driver, 50, 1);
      const sampleTexts = ['quyet dinh 489', '18/QĐ-BQL', 'Bộ Nội vụ', 'kế hoạch cải cách hành chính', 'khanh hoa 2020', 'nghị quyết 01/NQ-CP'];
      report('samples', await run(url, { name: 'lineage UP depth 5', bodies: sampleKeys.map((k) => body(lineage(5), { k })) }, opts.seconds, 1));
      report('samples', await run(url, { name: 'search', bodies: sampleTexts.map((t) => body(SEARCH, { t })) }, opts.seconds, 1));

      for (const size of opts.sizes) {
        await clearBenchDatabase(driver);
        const t = Date.now();
        const graph = generateGraph(size, 42);
        await writeGraph(driver, graph);
        await driver.executeQuery('CALL db.awaitIndexes(300)');
        console.log(`generated graph: ${graph.docs.length} documents, ${graph.citations.length} citations, written in ${((Date.now() - t) / 1000).toFixed(1)} s`);
        const name = `generated ${Math.round(graph.docs.length / 1000)}k`;
        const keys = await startKeys(driver, 500, 2);
        const next = random(3);
        const texts = Array.from({ length: 200 }, () => {
          const d = graph.docs[Math.floor(next() * graph.docs.length)];
          const r = next();
          // Numbers (exact and partial), subjects with province names, and issuer names.
          return r < 0.4 ? d.number : r < 0.6 ? d.number.split('/')[0] : r < 0.8 ? `${d.title.split(' ').slice(-6).join(' ')}` : `${d.issuer}`;
        });
        for (const depth of [3, 5]) {
          report(name, await run(url, { name: `lineage UP depth ${depth}`, bodies: keys.map((k) => body(lineage(depth), { k })) }, opts.seconds, 1), graph.docs.length);
        }
        report(name, await run(url, { name: 'search', bodies: texts.map((text) => body(SEARCH, { t: text })) }, opts.seconds, 1), graph.docs.length);
        const load = { name: `lineage UP depth 5, ${opts.connections} clients`, bodies: keys.map((k) => body(lineage(5), { k })) };
        report(name, await run(url, load, opts.seconds, opts.connections), graph.docs.length);
      }
      console.log(JSON.stringify(figures));
    } finally {
      await server.close();
      await driver.close();
      await db.stop();
    }
  })
  .parseAsync()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
