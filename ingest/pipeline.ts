/**
 * The ingest pipeline: files → decode → extract → records → batched writes. One unreadable
 * file is reported with its reason and skipped; the batch goes on. A file whose bytes are
 * unchanged since it was last ingested is skipped.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { UnreadableFileError } from './decode.ts';
import { extract } from './extract.ts';
import { readDocumentText } from './formats/index.ts';
import { toRecords, type FileRecords } from './records.ts';
import { knownFiles, writeBatch } from './writer.ts';

/** File name endings read as documents when a folder is walked (see ingest/formats/). */
export const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.docx', '.pdf'];

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
  /** Called after each file; a returned promise is awaited before the next file. */
  onProgress?: (p: IngestProgress) => void | Promise<void>;
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
 * Expand `paths` (files or folders, folders walked recursively) into document files, sorted.
 * A path that does not exist is reported in `missing`.
 */
export async function listDocumentFiles(paths: string[]): Promise<{ files: string[]; missing: Array<{ file: string; reason: string }> }> {
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
    } else if (explicit || DOCUMENT_EXTENSIONS.includes(extname(path).toLowerCase())) {
      files.push(path);
    }
  };
  for (const p of paths) await walk(p, true);
  return { files: [...new Set(files)], missing };
}

/** Read and extract one file into graph records; throws UnreadableFileError with the reason. */
export async function readDocumentFile(path: string, maxBytes: number): Promise<FileRecords> {
  const info = await stat(path);
  if (info.size > maxBytes) throw new UnreadableFileError(`file too large (${info.size} bytes; limit ${maxBytes})`);
  const bytes = await readFile(path);
  const hash = createHash('sha256').update(bytes).digest('hex');
  const text = await readDocumentText(path, bytes);
  return toRecords(basename(path), extract(text), hash, text);
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
  const { files, missing } = await listDocumentFiles(paths);
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
  for (const path of files) {
    try {
      const records = await readDocumentFile(path, maxBytes);
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
  }
  await flush();
  return summary;
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
