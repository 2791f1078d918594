/**
 * `npm run bench:api [-- --docs N --seconds S --connections C]`: latency (p50, p95) and
 * requests/s of the GraphQL API over HTTP (autocannon against the real server of api/server.ts on
 * 127.0.0.1), for `lineage(depth: 5)` and `search`, on two graphs in a Neo4j of its own (port
 * BENCH_NEO4J_PORT, default 7689; data in data/neo4j-bench-api, deleted first):
 *
 * 1. the sample corpus (examples/corpus, ingested);
 * 2. a generated graph of N documents (default 100,000; bench/api-graph.ts, seed 42).
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
import { random } from './generate.ts';

// Not imported from api/main.ts: importing that module runs the server's command line.
const SAMPLE_CORPUS = fileURLToPath(new URL('../examples/corpus/', import.meta.url));
const LINEAGE = 'query ($k: ID!) { lineage(key: $k, depth: 5) { nodes { key number issuer level date } edges { from to relation } truncated } }';
const SEARCH = 'query ($t: String!) { search(text: $t, first: 20) { key number issuer date title } }';

interface Scenario {
  name: string;
  bodies: string[];
}

interface Figures {
  graph: string;
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

async function run(url: string, scenario: Scenario, seconds: number, connections: number): Promise<Omit<Figures, 'graph'>> {
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
    requests: [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, body: scenario.bodies[i++ % scenario.bodies.length] }) }],
  });
  await autocannon(options(2)); // warm-up: JIT, query plans, page cache
  const times: number[] = [];
  const instance = autocannon(options(seconds));
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  const result = await instance;
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

async function clear(driver: Driver): Promise<void> {
  for (;;) {
    const { records } = await driver.executeQuery('MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS n');
    if (Number(records[0].get('n')) === 0) return;
  }
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
  .option('--docs <n>', 'documents of the generated graph', (v) => Number(v), 100_000)
  .option('--seconds <n>', 'seconds per scenario', (v) => Number(v), 10)
  .option('--connections <n>', 'concurrent connections', (v) => Number(v), 8)
  .action(async (opts: { docs: number; seconds: number; connections: number }) => {
    const port = Number(process.env.BENCH_NEO4J_PORT || 7689);
    const dataDir = path.join(REPO_ROOT, 'data', 'neo4j-bench-api');
    await rm(dataDir, { recursive: true, force: true });
    const db = await startLocalNeo4j({ port, dataDir, log: (line) => console.error(line) });
    const driver = neo4j.driver(db.uri);
    const server = await startServer({ driver, port: 0, api: { logging: false } });
    const url = `${server.url}graphql`;
    const figures: Figures[] = [];
    const report = (graph: string, f: Omit<Figures, 'graph'>) => {
      figures.push({ graph, ...f });
      console.log(`${graph.padEnd(18)} ${f.scenario.padEnd(22)} ${String(f.rps).padStart(7)} req/s  p50 ${f.p50} ms  p95 ${f.p95} ms  p99 ${f.p99} ms  (${f.requests} requests, ${f.errors} errors)`);
    };
    try {
      await applySchema(driver);
      console.log(`bench:api: ${opts.seconds} s per scenario, ${opts.connections} connections, ${url}`);

      await ingestPaths(driver, [SAMPLE_CORPUS]);
      const sampleKeys = await startKeys(driver, 50, 1);
      const sampleTexts = ['quyet dinh 489', '18/QĐ-BQL', 'Bộ Nội vụ', 'kế hoạch cải cách hành chính', 'khanh hoa 2020', 'nghị quyết 01/NQ-CP'];
      report('samples', await run(url, { name: 'lineage UP depth 5', bodies: sampleKeys.map((k) => body(LINEAGE, { k })) }, opts.seconds, opts.connections));
      report('samples', await run(url, { name: 'search', bodies: sampleTexts.map((t) => body(SEARCH, { t })) }, opts.seconds, opts.connections));

      await clear(driver);
      let t = Date.now();
      const graph = generateGraph(opts.docs, 42);
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
      t = Date.now();
      report(name, await run(url, { name: 'lineage UP depth 5', bodies: keys.map((k) => body(LINEAGE, { k })) }, opts.seconds, opts.connections));
      report(name, await run(url, { name: 'search', bodies: texts.map((text) => body(SEARCH, { t: text })) }, opts.seconds, opts.connections));
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
