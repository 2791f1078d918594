/**
 * How much OCR a citation rests on: whether its quote lies in text read by OCR, and the
 * confidence of the least certain OCR word in it. A citation is no surer than its least
 * certain word, so its confidence is scaled by that word's confidence. Pure.
 */
import type { OcrInfo } from './formats/ocr.ts';

/** What OCR says about the quote at [start, end). */
export interface OcrEvidence {
  /** The quote overlaps text read by OCR. */
  ocr: boolean;
  /** The smallest confidence (0–1) of a low-confidence word run the quote overlaps; null if none. */
  least: number | null;
}

const overlaps = (spans: number[], start: number, end: number, each: (i: number) => void) => {
  for (let i = 0; i < spans.length; i += 2) if (spans[i] < end && spans[i + 1] > start) each(i / 2);
};

/** The OCR evidence of the quote at [start, end) (UTF-16 offsets) of a text OCR'd as `ocr` says. */
export function ocrEvidence(start: number, end: number, ocr: OcrInfo | null): OcrEvidence {
  if (!ocr) return { ocr: false, least: null };
  let read = false;
  overlaps(ocr.ranges, start, end, () => (read = true));
  let least: number | null = null;
  overlaps(ocr.low, start, end, (i) => (least = Math.min(least ?? 1, ocr.lowConfidence[i])));
  return { ocr: read, least };
}

/**
 * A citation's `confidence` once OCR is taken into account: scaled by the confidence of its
 * least certain word (two decimals), unchanged when no low-confidence word is in its quote.
 */
export function ocrConfidence(confidence: number, evidence: OcrEvidence): number {
  return evidence.least === null ? confidence : Math.round(confidence * evidence.least * 100) / 100;
}
