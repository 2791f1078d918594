/**
 * OCR of a document's pages into text with its word confidences: page images go to the engine
 * (worker threads, ./ocr-engine.ts), words come back in reading order (./ocr-layout.ts), and
 * the parts of the text read by OCR and its doubtful words are recorded as UTF-16 offsets so
 * that citations read from them can be marked (ingest/records.ts) and the text shown in place.
 */
import type { OcrEngine, OcrPage } from './ocr-engine.ts';
import { layOut, type PlacedWord } from './ocr-layout.ts';
import { eraseRules } from './rules.ts';

/** `off`: never OCR; `auto`: scans, images and pages whose text layer is garbage; `force`: every page. */
export type OcrMode = 'off' | 'auto' | 'force';

/** Words Tesseract is less sure of than this (0–100) are low-confidence. Chosen in docs/ocr.md. */
export const LOW_WORD_CONFIDENCE = 70;

/**
 * What OCR contributed to a document's text. Offsets are UTF-16 code units of the text, spans
 * are half-open [start, end) and stored flat: `[s0, e0, s1, e1, …]`, so they fit a Neo4j list
 * property.
 */
export interface OcrInfo {
  /** The engine and model, e.g. `tesseract.js 7.0.0, vie 4.0.0`. */
  engine: string;
  /** Pages read by OCR. */
  pages: number;
  /** The parts of the text read by OCR (one span per OCR'd page). */
  ranges: number[];
  /** Runs of low-confidence words (under LOW_WORD_CONFIDENCE), adjacent ones merged. */
  low: number[];
  /** For each run of `low`, the confidence of its least certain word, 0–1. */
  lowConfidence: number[];
  /** Mean word confidence over the OCR'd text, 0–1. */
  confidence: number;
}

/** Progress of one file's OCR: pages done (fractions included) of `pages`. */
export interface OcrProgress {
  pages: number;
  done: number;
}

/** One page of a document for `assemble`: its text layer kept, or the OCR of its image. */
export type PagePart = { kind: 'text'; text: string } | { kind: 'ocr'; page: OcrPage };

/**
 * Recognise page images (rendered at `dpi`) in parallel on `engine`, table rules erased
 * first (./rules.ts). `images[i]()` makes page i's image (called one after another, so
 * rendering overlaps recognition); `onProgress` gets the file's progress.
 */
export async function recognizePages(engine: OcrEngine, images: Array<() => Promise<Uint8Array>>, dpi: number, onProgress?: (p: OcrProgress) => void): Promise<OcrPage[]> {
  const fractions = images.map(() => 0);
  const report = () => onProgress?.({ pages: images.length, done: fractions.reduce((a, b) => a + b, 0) });
  report();
  const pending: Array<Promise<OcrPage>> = [];
  for (let i = 0; i < images.length; i++) {
    const { png, rules } = await eraseRules(await images[i](), dpi);
    pending.push(engine.recognize(png, (f) => {
      fractions[i] = f;
      report();
    }).then((page) => {
      fractions[i] = 1;
      report();
      return { ...page, rules };
    }));
  }
  return Promise.all(pending);
}

/**
 * The text of a document from its pages in order, parts parted by a blank line, and what OCR
 * contributed (null when no page was OCR'd). Text-layer parts are used as given (already NFC);
 * OCR words are NFC-normalised before their offsets are taken.
 */
export function assemble(parts: PagePart[], engine: string): { text: string; ocr: OcrInfo | null } {
  let text = '';
  const ranges: number[] = [];
  const words: PlacedWord[] = [];
  let pages = 0;
  for (const part of parts) {
    const body = part.kind === 'text' ? { text: part.text.trim(), words: [] } : layOut([part.page]);
    const trimmed = body.text.replace(/\s+$/, '');
    if (!trimmed.trim()) continue;
    if (text) text += '\n\n';
    const at = text.length;
    text += trimmed;
    if (part.kind === 'ocr') {
      pages++;
      ranges.push(at, text.length);
      for (const w of body.words) words.push({ start: w.start + at, end: w.end + at, confidence: w.confidence });
    }
  }
  if (!pages) return { text, ocr: null };
  const { low, lowConfidence } = lowSpans(text, words);
  const confidence = words.length ? words.reduce((a, w) => a + w.confidence, 0) / words.length / 100 : 0;
  return { text, ocr: { engine, pages, ranges, low, lowConfidence, confidence: Math.round(confidence * 1000) / 1000 } };
}

/** Runs of low-confidence words; two are one run when only blanks part them. */
function lowSpans(text: string, words: PlacedWord[]): { low: number[]; lowConfidence: number[] } {
  const low: number[] = [];
  const lowConfidence: number[] = [];
  for (const w of words) {
    if (w.confidence >= LOW_WORD_CONFIDENCE) continue;
    const n = lowConfidence.length;
    if (n && /^\s*$/.test(text.slice(low[2 * n - 1], w.start))) {
      low[2 * n - 1] = w.end;
      lowConfidence[n - 1] = Math.min(lowConfidence[n - 1], w.confidence / 100);
    } else {
      low.push(w.start, w.end);
      lowConfidence.push(w.confidence / 100);
    }
  }
  return { low, lowConfidence };
}
