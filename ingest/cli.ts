/**
 * `npm run ingest -- <files|folders> [--ocr=off|auto|force]`: ingest into the graph without serving,
 * print a summary. Scans and images are read by OCR in worker threads (ingest/formats/ocr.ts).
 * `npm run ingest -- --delete <key>`: remove what a document asserted (kept as a stub while
 * others cite it). `npm run ingest -- --validity <file.csv>`: load a validity table
 * (ingest/validity.ts). Uses NEO4J_URI when set, else starts the local Neo4j and stops it.
 */
import { readFile } from 'node:fs/promises';
import { Command, InvalidArgumentError, Option } from 'commander';
import { openDatabase, DatabaseError, DatabaseStartError } from '../neo4j/index.ts';
import { applySchema, deleteDocument, ingestPaths, parseValidity, UnreadableFileError, writeValidity, type OcrMode } from './index.ts';
import { formatSummary, terminalProgress } from './progress.ts';

const program = new Command()
  .name('npm run ingest --')
  .description('Ingest Vietnamese administrative documents (.txt, .md, .docx, PDF; scans and PNG/JPEG/TIFF images by OCR) into the citation graph.')
  .argument('[paths...]', 'files or folders to ingest')
  .option('--max-bytes <n>', 'refuse files larger than this', positive, 20 * 1024 * 1024)
  .option('--batch-size <n>', 'files per write transaction', positive, 50)
  .addOption(new Option('--ocr <mode>', 'OCR: off, auto (scans, images, pages whose text layer is garbage) or force (every PDF page)').choices(['off', 'auto', 'force']).default('auto'))
  .option('--ocr-workers <n>', 'OCR worker threads (default: one per core but one)', positive)
  .option('--delete <key...>', 'remove what these documents asserted (e.g. vn/khanh-hoa/ubnd/qd/2020/489)')
  .option('--validity <file.csv>', 'load document validity (key or number+issuer, status, date, replaced_by, source), after the files')
  .action(async (paths: string[], opts: IngestFlags & { delete?: string[]; validity?: string }) => {
    if (!paths.length && !opts.delete && !opts.validity) program.error('error: give files or folders to ingest, --delete <key> or --validity <file.csv>');
    // Read the table before touching the graph, so a bad table changes nothing.
    const validity = opts.validity ? parseValidity(await readFile(opts.validity, 'utf8')) : null;
    const db = await openDatabase({ log: (line) => console.error(line) });
    try {
      await applySchema(db.driver);
      for (const key of opts.delete ?? []) {
        const result = await deleteDocument(db.driver, key);
        if (!result.found) {
          console.error(`No document has the key ${key}.`);
          process.exitCode = 1;
        } else {
          console.log(result.keptAsStub ? `Deleted what ${key} asserted; kept as a stub, other documents cite it.` : `Deleted ${key}.`);
        }
      }
      if (paths.length) await ingest(db.driver, paths, opts);
      if (validity) {
        const unmatched = await writeValidity(db.driver, validity);
        console.log(`Validity: ${validity.length - unmatched.length} of ${validity.length} rows matched a document.`);
        for (const i of unmatched) console.log(`  no document for row ${i + 2}: ${validity[i].key ?? `${validity[i].number} (${validity[i].issuer})`}`);
      }
    } finally {
      await db.close();
    }
  });

/** The options of an ingest run. */
interface IngestFlags {
  maxBytes: number;
  batchSize: number;
  ocr: OcrMode;
  ocrWorkers?: number;
}

/** Ingest `paths` with progress bars on a terminal, then print the summary. */
async function ingest(driver: Parameters<typeof ingestPaths>[0], paths: string[], opts: IngestFlags): Promise<void> {
  const progress = terminalProgress();
  const started = Date.now();
  const summary = await ingestPaths(driver, paths, {
    maxBytes: opts.maxBytes,
    batchSize: opts.batchSize,
    ocr: opts.ocr,
    ocrWorkers: opts.ocrWorkers,
    onProgress: progress.onProgress,
    onOcrProgress: progress.onOcrProgress,
  });
  progress.stop();
  for (const line of formatSummary(summary, (Date.now() - started) / 1000)) console.log(line);
  if (summary.files === 0) process.exitCode = 1;
}

function positive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

program.parseAsync().catch((error: unknown) => {
  if (error instanceof DatabaseError || error instanceof DatabaseStartError || error instanceof UnreadableFileError) console.error(error.message);
  else console.error(error instanceof Error ? `Ingest failed: ${error.message}` : error);
  process.exit(1);
});
