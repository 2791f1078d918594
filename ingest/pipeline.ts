/**
 * The ingest pipeline: files → decode (OCR for scans and images) → extract → records → batched
 * writes. One unreadable file is reported with its reason and skipped; the batch goes on. A
 * file whose bytes are unchanged since it was last ingested is skipped. A file that needs OCR
 * is read in the background by the OCR worker threads while the files after it go on; it joins
 * a batch when its pages are read.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { UnreadableFileError } from './decode.ts';
import { extract } from './extract.ts';
import { createOcrEngine, defaultOcrWorkers, IMAGE_EXTENSIONS, readDocument, type OcrEngine, type OcrMode, type OcrOptions, type OcrProgress } from './formats/index.ts';
import { toRecords, type FileRecords } from './records.ts';
import { knownFiles, writeBatch } from './writer.ts';

/** File name endings read as documents when a folder is walked (see ingest/formats/). */
export const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.docx', '.pdf'];

/** Progress of one file's OCR: `pages` to read, `done` so far (fractions included). */
export interface OcrFileProgress extends OcrProgress {
  file: string;
}

/** Progress after each file: how many of `total` are done, and citations found so far. */
export interface IngestProgress {
  done: number;
  total: number;
  file: string;
  citations: number;
}

export interface IngestOptions {
  /** Files per write transaction (default 50). */
  batchSize?: number;
  /** Files larger than this many bytes are refused (default 20 MiB). */
  maxBytes?: number;
  /** Pause before retrying a failed batch write, doubled on the second retry (default 1000). */
  retryDelayMs?: number;
  /** OCR of scans, images and garbage text layers (default `auto`). */
  ocr?: OcrMode;
  /** OCR worker threads (default: ingest/formats/ocr-engine.ts `defaultOcrWorkers`). */
  ocrWorkers?: number;
  /** Scans being read at once; the next one waits (default: twice the OCR workers). */
  ocrQueue?: number;
  /** Called after each file; a returned promise is awaited before the next file. */
  onProgress?: (p: IngestProgress) => void | Promise<void>;
  /** Progress of each file's OCR, from its first page to its last (`done === pages`). */
  onOcrProgress?: (p: OcrFileProgress) => void;
}

/** What an ingest did. `failed` lists each refused file with a one-line reason. */
export interface IngestSummary {
  /** Paths met: document files found plus paths that do not exist. */
  files: number;
  ingested: number;
  unchanged: number;
  failed: Array<{ file: string; reason: string }>;
  citations: number;
  /** Citations whose issuer could not be told: kept in the graph, marked `resolved: false`. */
  unresolved: number;
}

/**
 * Expand `paths` (files or folders, folders walked recursively) into document files, sorted;
 * images (IMAGE_EXTENSIONS) too when `images` is true. A path that does not exist is reported in `missing`.
 */
export async function listDocumentFiles(paths: string[], images = false): Promise<{ files: string[]; missing: Array<{ file: string; reason: string }> }> {
  const extensions = images ? [...DOCUMENT_EXTENSIONS, ...IMAGE_EXTENSIONS] : DOCUMENT_EXTENSIONS;
  const files: string[] = [];
  const missing: Array<{ file: string; reason: string }> = [];
  const walk = async (path: string, explicit: boolean): Promise<void> => {
    let info;
    try {
      info = await stat(path);
    } catch {
      missing.push({ file: path, reason: 'no such file or folder' });
      return;
    }
    if (info.isDirectory()) {
      const entries = (await readdir(path)).sort();
      for (const entry of entries) if (!entry.startsWith('.')) await walk(join(path, entry), false);
    } else if (explicit || extensions.includes(extname(path).toLowerCase())) {
      files.push(path);
    }
  };
  for (const p of paths) await walk(p, true);
  return { files: [...new Set(files)], missing };
}

/**
 * Read and extract one file into graph records; throws UnreadableFileError with the reason.
 * OCR as `options` say: default `auto`, on a single-worker engine of its own unless one is given.
 */
export async function readDocumentFile(path: string, maxBytes: number, options: OcrOptions = {}): Promise<FileRecords> {
  const info = await stat(path);
  if (info.size > maxBytes) throw new UnreadableFileError(`file too large (${info.size} bytes; limit ${maxBytes})`);
  const bytes = await readFile(path);
  const hash = createHash('sha256').update(bytes).digest('hex');
  const { text, ocr } = await readDocument(path, bytes, { ocr: 'auto', ...options });
  return toRecords(basename(path), extract(text), hash, text, ocr);
}

/**
 * Ingest files and folders into the graph at `driver`. Never throws for a bad file: it is
 * listed in `failed`. A batch whose write fails is retried; if it still fails it is written
 * file by file, and the files that do not land are listed in `failed` (a re-run completes them,
 * since only files already in the graph are skipped). When the database is unreachable, the
 * remaining files are listed without further attempts. Throws only when the graph cannot be
 * read at the start.
 */
export async function ingestPaths(driver: Driver, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const batchSize = options.batchSize ?? 50;
  const maxBytes = options.maxBytes ?? 20 * 1024 * 1024;
  const mode = options.ocr ?? 'auto';
  const { files, missing } = await listDocumentFiles(paths, mode !== 'off');
  const summary: IngestSummary = { files: files.length + missing.length, ingested: 0, unchanged: 0, failed: [...missing], citations: 0, unresolved: 0 };
  const known = await knownFiles(driver, files.map((f) => basename(f)));
  let batch: FileRecords[] = [];
  let replaced: string[] = [];
  let done = 0;
  let databaseDown: string | null = null;
  const flush = async () => {
    if (!batch.length) return;
    const files = batch;
    const keys = replaced;
    batch = [];
    replaced = [];
    if (databaseDown) {
      for (const f of files) summary.failed.push({ file: pathOf.get(f.file)!, reason: notWritten(databaseDown) });
      return;
    }
    try {
      summary.citations += await withRetries(() => writeBatch(driver, files, keys), options.retryDelayMs ?? 1000);
      summary.ingested += files.length;
      return;
    } catch (error) {
      if (isUnavailable(error)) {
        databaseDown = message(error);
        for (const f of files) summary.failed.push({ file: pathOf.get(f.file)!, reason: notWritten(databaseDown) });
        return;
      }
    }
    // One file's rows may be what the database refuses: write the batch file by file, so the
    // others land and only that one is reported.
    for (const f of files) {
      try {
        summary.citations += await writeBatch(driver, [f], keys.filter((k) => k === known.get(f.file)?.key));
        summary.ingested++;
      } catch (error) {
        summary.failed.push({ file: pathOf.get(f.file)!, reason: notWritten(message(error)) });
      }
    }
  };
  const pathOf = new Map<string, string>();
  const accept = async (path: string, read: () => Promise<FileRecords>) => {
    try {
      const records = await read();
      pathOf.set(records.file, path);
      const before = known.get(records.file);
      if (before?.contentHash === records.self.contentHash) summary.unchanged++;
      else {
        if (before && before.key !== records.self.key) replaced.push(before.key);
        summary.unresolved += records.cited.filter((d) => !d.resolved).length;
        batch.push(records);
        if (batch.length >= batchSize) await flush();
      }
    } catch (error) {
      if (!(error instanceof UnreadableFileError) && !isFileSystemError(error)) throw error;
      summary.failed.push({ file: path, reason: error instanceof Error ? error.message : String(error) });
    }
    done++;
    await options.onProgress?.({ done, total: files.length, file: path, citations: summary.citations });
  };

  // Files that need OCR are read in the background; the loop goes on with the next files and
  // takes each scan's records in when they are ready (in the order the scans finish).
  // Its workers start with the first page to read: an ingest of text files starts none.
  const engine = createOcrEngine({ workers: options.ocrWorkers });
  const ocrQueue = Math.max(1, options.ocrQueue ?? 2 * (options.ocrWorkers ?? defaultOcrWorkers()));
  const background = new Set<Promise<void>>();
  const ready: Array<{ path: string; result: Promise<FileRecords> }> = [];
  const takeReady = async () => {
    for (const { path, result } of ready.splice(0)) await accept(path, () => result);
  };
  try {
    for (const path of files) {
      await takeReady();
      const started = startRead(path, maxBytes, { ocr: mode, engine }, options.onOcrProgress);
      if (!(await started.needsOcr)) {
        await accept(path, () => started.result);
        continue;
      }
      const settled: Promise<void> = started.result.then(() => {}, () => {}).then(() => {
        background.delete(settled);
        ready.push({ path, result: started.result });
      });
      background.add(settled);
      // Enough scans in flight to keep every worker busy: wait for one before reading more.
      while (background.size >= ocrQueue) {
        await Promise.race(background);
        await takeReady();
      }
    }
    while (background.size) {
      await Promise.race(background);
      await takeReady();
    }
    await takeReady();
  } finally {
    await engine.terminate();
  }
  await flush();
  return summary;
}

/**
 * Start reading `path`. `needsOcr` resolves as soon as the reader knows whether the file goes
 * to OCR (true: its first progress report) or when the read is over (false); `result` is the
 * read itself.
 */
function startRead(path: string, maxBytes: number, options: { ocr: OcrMode; engine: OcrEngine }, onOcrProgress?: (p: OcrFileProgress) => void): { needsOcr: Promise<boolean>; result: Promise<FileRecords> } {
  let signal: (ocr: boolean) => void = () => {};
  const needsOcr = new Promise<boolean>((resolve) => (signal = resolve));
  const result = readDocumentFile(path, maxBytes, {
    ...options,
    onOcrProgress: (p) => {
      signal(true);
      onOcrProgress?.({ file: path, ...p });
    },
  });
  result.then(() => signal(false), () => signal(false));
  return { needsOcr, result };
}

function message(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

function notWritten(reason: string): string {
  return `not written to the database (${reason}); run the ingest again to complete it`;
}

/** Connection lost or database gone: retrying file by file would only fail the same way. */
function isUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ServiceUnavailable' || code === 'SessionExpired';
}

/** Run `write`, and twice more after a pause when it fails (beyond the driver's own retries). */
async function withRetries<T>(write: () => Promise<T>, delayMs: number): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (attempt >= 3) throw error;
      await new Promise((resolve) => setTimeout(resolve, delayMs * attempt));
    }
  }
}

function isFileSystemError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && typeof (error as { code: unknown }).code === 'string'
    && /^E[A-Z]+$/.test((error as { code: string }).code);
}
