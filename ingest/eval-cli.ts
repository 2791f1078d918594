/**
 * `npm run eval -- --gold <gold.jsonl> <folder> [--ocr off|auto|force]`: run the extractor on
 * the folder and score it against the gold rows: precision, recall, F1, field accuracy, misses
 * and spurious rows.
 */
import { readFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import type { OcrMode } from './formats/ocr.ts';
import { evaluate, type Row } from './evaluate.ts';
import { extractPaths } from './extract-cli.ts';

// A reader that stops early (`| head`) ends the output; it is no error to report with a stack.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const show = (r: Row) => `${r.file.slice(0, 3)} ${r.relation ?? 'self'} ${r.number ?? `«${r.title}»`} | ${r.type} | ${r.issuer} | ${r.date}${r.target ? ` → ${r.target}` : ''}`;

new Command()
  .name('npm run eval --')
  .requiredOption('--gold <file>', 'gold rows (JSON Lines, DOMAIN.md §6)')
  .argument('<paths...>', 'the documents the gold rows describe')
  .addOption(new Option('--ocr <mode>', 'read scans and images by OCR').choices(['off', 'auto', 'force']).default('off'))
  .action(async (paths: string[], opts: { gold: string; ocr: OcrMode }) => {
    const gold = (await readFile(opts.gold, 'utf8')).split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);
    const rows: Row[] = [];
    // The texts the rows were read from (an unreadable file was reported and has no rows).
    const texts = new Map<string, string>();
    await extractPaths(paths, (line) => rows.push(JSON.parse(line)), (line) => console.error(line), {
      ocr: opts.ocr,
      onText: (file, text) => texts.set(file, text),
    });
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
