/**
 * `npm run extract -- <files|folders> [--out file.jsonl] [--ocr off|auto|force]`: JSON Lines of
 * DOMAIN.md §6 (one `self` row per file, one row per cited document and relation). Needs no
 * database. Exits 0 even when some files yield nothing; those, and unreadable files, are
 * reported on stderr. Scans and images are read by OCR only when `--ocr` asks for it.
 */
import { Command, Option } from 'commander';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { createOcrEngine, defaultOcrWorkers, type OcrEngine } from './formats/index.ts';
import type { OcrMode } from './formats/ocr.ts';
import { citationRow, extract, listDocumentFiles, readDocumentText, selfRow, UnreadableFileError } from './index.ts';

/** Options of {@link extractPaths}. */
export interface ExtractPathsOptions {
  /** OCR of scans, images and garbage text layers (default `off`). */
  ocr?: OcrMode;
  /** Receives each readable file's decoded text (file name, text). */
  onText?: (file: string, text: string) => void;
}

/** Extract every file under `paths`; rows go to `write`, problems to `warn`. Returns the number of files. */
export async function extractPaths(paths: string[], write: (line: string) => void, warn: (line: string) => void, options: ExtractPathsOptions = {}): Promise<number> {
  const { files, missing } = await listDocumentFiles(paths);
  for (const m of missing) warn(`${m.file}: ${m.reason}`);
  const ocr = options.ocr ?? 'off';
  // One engine for the whole run: its workers start with the first page to read.
  const engine = ocr === 'off' ? undefined : createOcrEngine({ workers: defaultOcrWorkers() });
  try {
    for (const path of files) await extractFile(path, write, warn, { ocr, engine, onText: options.onText });
  } finally {
    await engine?.terminate();
  }
  return files.length;
}

/** Extract one file: its rows to `write`, a problem to `warn`; an unreadable file is skipped. */
async function extractFile(path: string, write: (line: string) => void, warn: (line: string) => void,
  options: { ocr: OcrMode; engine?: OcrEngine; onText?: (file: string, text: string) => void }): Promise<void> {
  const file = basename(path);
  try {
    const text = await readDocumentText(path, await readFile(path), { ocr: options.ocr, engine: options.engine });
    options.onText?.(file, text);
    const x = extract(text);
    write(JSON.stringify(selfRow(file, x.identity)));
    for (const r of x.citations) write(JSON.stringify(citationRow(file, r)));
    if (x.citations.length === 0) warn(`${path}: no citations found`);
  } catch (error) {
    if (!(error instanceof UnreadableFileError) && !(error instanceof Error && 'code' in error)) throw error;
    warn(`${path}: skipped: ${(error as Error).message}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // A reader that stops early (`| head`) ends the output; it is no error to report with a stack.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  new Command()
    .name('npm run extract --')
    .description('Extract identities and citations as JSON Lines (DOMAIN.md §6).')
    .argument('<paths...>', 'files or folders')
    .option('--out <file>', 'write JSON Lines here instead of stdout')
    .addOption(new Option('--ocr <mode>', 'read scans and images by OCR').choices(['off', 'auto', 'force']).default('off'))
    .action(async (paths: string[], opts: { out?: string; ocr: OcrMode }) => {
      const out = opts.out ? createWriteStream(opts.out) : process.stdout;
      const n = await extractPaths(paths, (line) => out.write(`${line}\n`), (line) => console.error(line), { ocr: opts.ocr });
      if (opts.out) await new Promise((done) => (out as ReturnType<typeof createWriteStream>).end(done));
      console.error(`Extracted ${n} files.`);
    })
    .parseAsync();
}
