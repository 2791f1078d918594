/**
 * `npm run eval -- --gold <gold.jsonl> <folder>`: run the extractor on the folder and score it
 * against the gold rows: precision, recall, F1, field accuracy, misses and spurious rows.
 */
import { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { listDocumentFiles, readDocumentText, UnreadableFileError } from './index.ts';
import { evaluate, type Row } from './evaluate.ts';
import { extractPaths } from './extract-cli.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const show = (r: Row) => `${r.file.slice(0, 3)} ${r.relation ?? 'self'} ${r.number ?? `«${r.title}»`} | ${r.type} | ${r.issuer} | ${r.date}${r.target ? ` → ${r.target}` : ''}`;

new Command()
  .name('npm run eval --')
  .requiredOption('--gold <file>', 'gold rows (JSON Lines, DOMAIN.md §6)')
  .argument('<paths...>', 'the documents the gold rows describe')
  .action(async (paths: string[], opts: { gold: string }) => {
    const gold = (await readFile(opts.gold, 'utf8')).split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);
    const rows: Row[] = [];
    await extractPaths(paths, (line) => rows.push(JSON.parse(line)), (line) => console.error(line));
    const texts = new Map<string, string>();
    for (const f of (await listDocumentFiles(paths)).files) {
      // An unreadable file was already reported by extractPaths; it has no rows to check.
      try {
        texts.set(basename(f), await readDocumentText(f, await readFile(f)));
      } catch (error) {
        if (!(error instanceof UnreadableFileError)) throw error;
      }
    }
    const e = evaluate(gold, rows, texts);
    console.log(`Citations: gold ${e.gold}, extracted ${e.extracted}, matched ${e.matched}`);
    console.log(`Precision ${pct(e.precision)}  Recall ${pct(e.recall)}  F1 ${pct(e.f1)}`);
    console.log(`On matched rows: number ${pct(e.accuracy.number)}, date ${pct(e.accuracy.date)}, issuer ${pct(e.accuracy.issuer)}, type ${pct(e.accuracy.type)}`);
    console.log(`Self rows (${e.selfRows.total}): ${Object.entries(e.selfRows.fields).map(([f, s]) => `${f} ${s.right}/${s.given}`).join(', ')}`);
    for (const m of e.misses) console.log(`  MISS      ${show(m)}`);
    for (const s of e.spurious) console.log(`  SPURIOUS  ${show(s)}`);
    for (const [g, x] of e.wrongFields) console.log(`  WRONG     gold ${show(g)}\n            ours ${show(x)}`);
    for (const [g, x] of e.selfRows.wrong) console.log(`  SELF      gold ${show(g)} «${g.title}»\n            ours ${x ? `${show(x)} «${x.title}»` : 'none'}`);
  })
  .parseAsync();
