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
  onProgress?: (p: IngestProgress) => void;
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
  return toRecords(basename(path), extract(await readDocumentText(path, bytes)), hash);
}

/**
 * Ingest files and folders into the graph at `driver`. Never throws for a bad file: it is
 * listed in `failed`. Database errors after the driver's own retries do throw.
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
  const flush = async () => {
    if (!batch.length) return;
    summary.citations += await writeBatch(driver, batch, replaced);
    summary.ingested += batch.length;
    batch = [];
    replaced = [];
  };
  for (const path of files) {
    try {
      const records = await readDocumentFile(path, maxBytes);
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
    options.onProgress?.({ done, total: files.length, file: path, citations: summary.citations });
  }
  await flush();
  return summary;
}

function isFileSystemError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && typeof (error as { code: unknown }).code === 'string'
    && /^E[A-Z]+$/.test((error as { code: string }).code);
}
