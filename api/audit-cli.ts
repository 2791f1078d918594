/**
 * `npm run audit -- [--province P] [--issuer I] [--year-from Y] [--year-to Y] [--code C…]
 * [--severity S] [--format table|csv|json]`: the audit report an auditor files. Reads the graph
 * at NEO4J_URI, or starts the local Neo4j (as `npm run ingest` does).
 */
import Table from 'cli-table3';
import { Command, InvalidArgumentError, Option } from 'commander';
import { stringify } from 'csv-stringify/sync';
import { openDatabase, DatabaseError, DatabaseStartError } from '../neo4j/index.ts';
import { FINDING_CODES, runAudit, type Finding, type Severity } from './audit/index.ts';
import { queryRunner } from './audit/run.ts';

interface Options {
  province?: string;
  issuer?: string;
  yearFrom?: number;
  yearTo?: number;
  code?: string[];
  severity?: Severity;
  format: 'table' | 'csv' | 'json';
}

function year(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1900 || n > 2100) throw new InvalidArgumentError('expected a year such as 2020');
  return n;
}

/** A document in a report: its number, else the start of its title, else its key. */
const name = (d: Finding['cited']) => (d ? d.number ?? (d.title && d.title.length > 60 ? `${d.title.slice(0, 59)}…` : d.title) ?? d.key : '');
const oneLine = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

/** One line per finding for a spreadsheet: the columns an auditor sorts and filters by. */
function csv(findings: Finding[]): string {
  return stringify(findings.map((f) => ({
    code: f.code, severity: f.severity, citing: name(f.citing), citing_key: f.citing.key, citing_issuer: f.citing.issuer ?? '',
    cited: name(f.cited), cited_key: f.cited?.key ?? '', related: f.related.map(name).join('; '), quote: oneLine(f.quote),
    reason: f.reason, reason_en: f.reasonEn,
  })), { header: true, bom: true });
}

function table(findings: Finding[]): string {
  const t = new Table({ head: ['Mã / code', 'Mức', 'Văn bản trích dẫn', 'Văn bản được trích dẫn', 'Lý do'], colWidths: [26, 9, 22, 22, 70], wordWrap: true });
  for (const f of findings) t.push([f.code, f.severity, name(f.citing), name(f.cited), f.reason]);
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  const summary = [...counts].map(([code, n]) => `${code}: ${n}`).join(', ');
  const byIssuer = new Map<string, number>();
  for (const f of findings) if (f.code === 'UNRESOLVED') byIssuer.set(f.cited?.issuer ?? '?', (byIssuer.get(f.cited?.issuer ?? '?') ?? 0) + 1);
  const missing = [...byIssuer].sort((a, b) => b[1] - a[1]).map(([issuer, n]) => `  ${issuer}: ${n}`);
  return [t.toString(), `${findings.length} phát hiện (findings) — ${summary || 'none'}`,
    ...(missing.length ? ['Chưa có trong kho, theo cơ quan ban hành (not in the corpus, by issuer):', ...missing] : [])].join('\n');
}

const program = new Command()
  .name('npm run audit --')
  .description('Audit the citations in the graph: stale, inconsistent and suspect ones, each with its reason.')
  .option('--province <name>', 'only documents of this province (e.g. "Khánh Hòa")')
  .option('--issuer <name>', 'only documents of this issuer (e.g. "UBND tỉnh Khánh Hòa")')
  .option('--year-from <year>', 'only citing documents of this year or later', year)
  .option('--year-to <year>', 'only citing documents of this year or earlier', year)
  .addOption(new Option('--code <code...>', 'only these findings').choices([...FINDING_CODES]))
  .addOption(new Option('--severity <level>', 'only this severity').choices(['ERROR', 'WARNING', 'INFO']))
  .addOption(new Option('--format <format>', 'output').choices(['table', 'csv', 'json']).default('table'))
  .action(async (opts: Options) => {
    const db = await openDatabase({ log: (line) => console.error(line) });
    try {
      const session = db.driver.session({ defaultAccessMode: 'READ' });
      const findings = await session
        .executeRead((tx) => runAudit(queryRunner(tx), { province: opts.province, issuer: opts.issuer, yearFrom: opts.yearFrom, yearTo: opts.yearTo, codes: opts.code, severity: opts.severity }))
        .finally(() => session.close());
      if (opts.format === 'json') console.log(JSON.stringify(findings, null, 2));
      else if (opts.format === 'csv') process.stdout.write(csv(findings));
      else console.log(table(findings));
    } finally {
      await db.close();
    }
  });

program.parseAsync().catch((error: unknown) => {
  if (error instanceof DatabaseError || error instanceof DatabaseStartError) console.error(error.message);
  else console.error(error instanceof Error ? `Audit failed: ${error.message}` : error);
  process.exit(1);
});
