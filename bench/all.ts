/**
 * `npm run bench [-- --quick]`: every benchmark in one run, one process tree: extraction MB/s,
 * ingest citations/s (batched and one transaction per citation), GraphQL latency at growing graph
 * sizes and requests/s under concurrent load, and first draw of large lineages in Chromium.
 * Writes bench/results.json and bench/results.md (a Markdown table), and says how long it took.
 * Full run: graphs of 10k, 100k and 1M documents (hours on a 2-core machine); --quick: 10k only.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { Command } from 'commander';

const ROOT = new URL('..', import.meta.url).pathname;

/** Run `npm run <script> -- <args>`, echo its output, and return its last line parsed as JSON. */
function runJson(script: string, args: string[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    console.log(`\n$ npm run ${script} -- ${args.join(' ')}`);
    const child = spawn('npm', ['run', '-s', script, '--', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk;
      process.stdout.write(chunk);
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`npm run ${script} exited with ${code}`));
      const last = out.trim().split('\n').pop() ?? '';
      try {
        resolve(JSON.parse(last));
      } catch {
        reject(new Error(`npm run ${script}: its last line is not JSON: ${last.slice(0, 200)}`));
      }
    });
  });
}

interface ApiFigure {
  graph: string;
  documents: number | null;
  scenario: string;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}

function byDocuments(figures: ApiFigure[], scenario: string, field: 'p50' | 'p95' | 'p99' | 'rps'): Record<string, number> {
  return Object.fromEntries(figures.filter((f) => f.documents && f.scenario === scenario).map((f) => [String(f.documents), f[field]]));
}

function machine() {
  const cpus = os.cpus();
  return { cpu: cpus[0]?.model ?? 'unknown', cores: cpus.length, memory_gb: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.type()} ${os.release()}` };
}

function markdown(results: Record<string, unknown>): string {
  const rows: string[] = ['| measure | value | target |', '|---|---|---|'];
  const r = results as Record<string, never>;
  const fmt = (v: unknown) => (typeof v === 'number' ? (v >= 100 ? Math.round(v).toLocaleString('en') : v.toFixed(1)) : JSON.stringify(v));
  rows.push(`| extraction, clean text | ${fmt(r.extract_mb_s_clean)} MB/s | ≥ 100 MB/s |`);
  rows.push(`| extraction, OCR-damaged text | ${fmt(r.extract_mb_s_damaged)} MB/s | ≥ 30 MB/s |`);
  rows.push(`| ingest, batched writer | ${fmt(r.ingest_citations_s)} citations/s | ≥ 20,000/s |`);
  rows.push(`| ingest, one transaction per citation | ${fmt(r.ingest_per_row_citations_s)} citations/s | batched ≥ 10× this |`);
  for (const [size, v] of Object.entries(r.lineage3_p95_ms ?? {})) rows.push(`| lineage depth 3, p95 (one client), ${Number(size).toLocaleString('en')} documents | ${fmt(v)} ms | |`);
  for (const [size, v] of Object.entries(r.lineage_p95_ms ?? {})) rows.push(`| lineage depth 5, p95 (one client), ${Number(size).toLocaleString('en')} documents | ${fmt(v)} ms | ≤ 20 ms at 1M |`);
  for (const [size, v] of Object.entries(r.lineage_p99_ms ?? {})) rows.push(`| lineage depth 5, p99 (one client), ${Number(size).toLocaleString('en')} documents | ${fmt(v)} ms | |`);
  for (const [size, v] of Object.entries(r.search_p95_ms ?? {})) rows.push(`| search, p95 (one client), ${Number(size).toLocaleString('en')} documents | ${fmt(v)} ms | ≤ 30 ms at 1M |`);
  for (const [size, v] of Object.entries(r.api_rps_by_documents ?? {})) rows.push(`| GraphQL lineage depth 5, 8 clients, ${Number(size).toLocaleString('en')} documents | ${fmt(v)} requests/s | |`);
  for (const [nodes, v] of Object.entries(r.ui_draw_ms ?? {})) rows.push(`| first draw, ${nodes}-node lineage | ${fmt(v)} ms | ${nodes === '5000' ? '≤ 3,000 ms' : ''} |`);
  const m = r.machine as unknown as ReturnType<typeof machine>;
  return `${rows.join('\n')}\n\nMachine: ${m.cpu}, ${m.cores} cores, ${m.memory_gb} GB, Node ${m.node}. Run ${r.started}, ${r.seconds} s${r.quick ? ' (--quick)' : ''}.\n`;
}

new Command()
  .name('npm run bench --')
  .option('--quick', 'smaller sizes: finishes in a few minutes')
  .action(async (opts: { quick?: boolean }) => {
    const started = new Date();
    const quick = Boolean(opts.quick);
    const extract = (await runJson('bench:extract', ['--mb', quick ? '20' : '50'])) as Record<string, number>;
    const ingest = (await runJson('bench:ingest', quick ? ['--citations', '20000', '--per-row', '1000'] : ['--citations', '100000', '--per-row', '5000'])) as Record<string, number>;
    const sizes = quick ? '10000' : '10000,100000,1000000';
    const api = (await runJson('bench:api', ['--sizes', sizes, '--seconds', quick ? '5' : '10'])) as ApiFigure[];
    const scripts = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).scripts as Record<string, string>;
    const ui: Record<string, number> = {};
    if (scripts['bench:ui']) {
      for (const [i, nodes] of [1000, 5000].entries()) {
        const figures = (await runJson('bench:ui', ['--nodes', String(nodes), ...(i > 0 ? ['--no-build'] : [])])) as { ui_draw_ms_median: number };
        ui[String(nodes)] = figures.ui_draw_ms_median;
      }
    }
    const largest = Math.max(...api.map((f) => f.documents ?? 0));
    const results = {
      machine: machine(),
      started: started.toISOString(),
      seconds: Math.round((Date.now() - started.getTime()) / 1000),
      quick,
      ...extract,
      ...ingest,
      lineage3_p95_ms: byDocuments(api, 'lineage UP depth 3', 'p95'),
      lineage_p95_ms: byDocuments(api, 'lineage UP depth 5', 'p95'),
      lineage_p99_ms: byDocuments(api, 'lineage UP depth 5', 'p99'),
      search_p95_ms: byDocuments(api, 'search', 'p95'),
      search_p99_ms: byDocuments(api, 'search', 'p99'),
      api_rps: api.find((f) => f.documents === largest && f.scenario.startsWith('lineage UP depth 5,'))?.rps ?? null,
      api_rps_by_documents: Object.fromEntries(api.filter((f) => f.documents && f.scenario.startsWith('lineage UP depth 5,')).map((f) => [String(f.documents), f.rps])),
      ui_draw_ms: Object.keys(ui).length ? ui : null,
    };
    writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(new URL('./results.md', import.meta.url), markdown(results));
    console.log(`\n${markdown(results)}\nWritten bench/results.json and bench/results.md in ${results.seconds} s.`);
  })
  .parseAsync()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
