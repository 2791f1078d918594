/**
 * The OCR engine: a pool of tesseract.js workers (each a Node worker thread running
 * Tesseract 5 compiled to WebAssembly) with the Vietnamese model of @tesseract.js-data/vie.
 * Everything is loaded from node_modules: the WebAssembly core (tesseract.js-core), the worker
 * script and the traineddata; nothing is fetched, nothing is written to disk (the library's
 * default would download the model from a CDN and cache it in the working directory).
 *
 * Pages are queued and handed to the first idle worker, so a long scan and many short ones share
 * the pool fairly; the main thread stays free for reading and extracting other files.
 */
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';
import type { PageRules } from './rules.ts';

const require = createRequire(import.meta.url);

/** One recognised word: its text, box in pixels of the page image, and Tesseract's confidence. */
export interface OcrWord {
  text: string;
  /** Left, top, right, bottom edges in pixels (right and bottom exclusive). */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** 0–100, as Tesseract reports it. */
  confidence: number;
}

/** One text line as Tesseract segmented it: its words left to right. */
export interface OcrLine {
  words: OcrWord[];
}

/** A recognised page: its lines in Tesseract's order, and the table rules erased before. */
export interface OcrPage {
  lines: OcrLine[];
  rules?: PageRules;
}

/** A pool of OCR workers. */
export interface OcrEngine {
  /** What recognises, for the record kept beside the text (e.g. `tesseract.js 7.0.0, vie 4.0.0`). */
  readonly name: string;
  /**
   * Recognise one page image (PNG, JPEG, TIFF or BMP bytes). `onProgress` gets the page's
   * progress, 0–1. Rejects when the worker fails on the image.
   */
  recognize(image: Uint8Array, onProgress?: (fraction: number) => void): Promise<OcrPage>;
  /** Stop every worker. The engine cannot be used afterwards. */
  terminate(): Promise<void>;
}

/** Options of `createOcrEngine`. */
export interface OcrEngineOptions {
  /** Worker threads (default: one per core but one, at least one, at most 4). */
  workers?: number;
}

/** The default worker count: leave one core to the main thread (reading, extracting, writing). */
export function defaultOcrWorkers(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

/** Paths of the local model and core; throws if the packages are missing. */
function localPaths(): { langPath: string; corePath: string; version: string } {
  const vie = require('@tesseract.js-data/vie') as { langPath: string };
  const corePath = dirname(require.resolve('tesseract.js-core/package.json'));
  const version = (require('tesseract.js/package.json') as { version: string }).version;
  return { langPath: vie.langPath, corePath, version };
}

/**
 * A pool of `workers` tesseract.js workers, started lazily: the first `recognize` starts them
 * (about a second each, to load the model), so an ingest with no scan pays nothing.
 */
export function createOcrEngine(options: OcrEngineOptions = {}): OcrEngine {
  const size = Math.max(1, options.workers ?? defaultOcrWorkers());
  const paths = localPaths();
  type Job = { image: Uint8Array; onProgress?: (f: number) => void; resolve: (p: OcrPage) => void; reject: (e: unknown) => void };
  const queue: Job[] = [];
  const idle: Array<{ worker: Worker; current: { job: Job | null } }> = [];
  let started: Promise<void> | null = null;
  let all: Array<{ worker: Worker; current: { job: Job | null } }> = [];
  let stopped = false;

  const start = async () => {
    all = await Promise.all(Array.from({ length: size }, async () => {
      const current: { job: Job | null } = { job: null };
      const worker = await createWorker('vie', OEM.LSTM_ONLY, {
        langPath: paths.langPath,
        corePath: paths.corePath,
        gzip: true,
        // Read the model from langPath every time; never write a copy into the working folder.
        cacheMethod: 'none',
        logger: (m) => {
          if (m.status === 'recognizing text') current.job?.onProgress?.(m.progress);
        },
      });
      await worker.setParameters({
        // Automatic layout (columns, blocks); ingest/formats/ocr-layout.ts regroups the words.
        tessedit_pageseg_mode: PSM.AUTO,
        // Tesseract prints notes such as "Detected 62 diacritics" to stdout: keep them out of
        // the CLI's output.
        debug_file: '/dev/null',
      });
      return { worker, current };
    }));
    idle.push(...all);
  };

  const pump = () => {
    while (idle.length && queue.length) {
      const slot = idle.shift()!;
      const job = queue.shift()!;
      slot.current.job = job;
      // A copy: the worker thread takes the buffer it is given.
      slot.worker.recognize(Buffer.from(job.image), {}, { blocks: true, text: false })
        .then(({ data }) => job.resolve(toPage(data as unknown as TesseractPage)), job.reject)
        .finally(() => {
          slot.current.job = null;
          if (!stopped) {
            idle.push(slot);
            pump();
          }
        });
    }
  };

  return {
    name: `tesseract.js ${paths.version}, vie ${paths.langPath.split('/').pop()}`,
    async recognize(image, onProgress) {
      if (stopped) throw new Error('OCR engine already stopped');
      started ??= start();
      await started;
      return new Promise<OcrPage>((resolve, reject) => {
        queue.push({ image, onProgress, resolve, reject });
        pump();
      });
    },
    async terminate() {
      stopped = true;
      if (started) await started.catch(() => {});
      await Promise.all(all.map(({ worker }) => worker.terminate()));
      for (const job of queue.splice(0)) job.reject(new Error('OCR engine stopped'));
    },
  };
}

/** The part of tesseract.js's `blocks` output this module reads. */
interface TesseractPage {
  blocks: Array<{ paragraphs: Array<{ lines: Array<{ bbox: Box; words: Array<{ text: string; confidence: number; bbox: Box }> }> }> }> | null;
}
interface Box { x0: number; y0: number; x1: number; y1: number }

function toPage(data: TesseractPage): OcrPage {
  const lines: OcrLine[] = [];
  for (const block of data.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const words = line.words
          .filter((w) => w.text.trim() !== '')
          .map((w) => ({ text: w.text.trim(), confidence: w.confidence, ...w.bbox }));
        if (words.length) lines.push({ words });
      }
    }
  }
  return { lines };
}
