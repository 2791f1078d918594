/**
 * PDF → text: from its text layer, through unpdf (a packaged pdf.js; 1.7 is the last release
 * that runs on Node 20), and by OCR for the pages that need it: pages with no text (a scan),
 * pages whose text layer is garbage (./text-layer.ts), or every page with OCR forced.
 */
import { extractText, getDocumentProxy } from 'unpdf';
import { UnreadableFileError } from '../decode.ts';
import { createOcrEngine, type OcrEngine } from './ocr-engine.ts';
import { assemble, recognizePages, type OcrInfo, type OcrMode, type OcrProgress, type PagePart } from './ocr.ts';
import { OCR_DPI, renderPdfPage } from './raster.ts';
import { repairMojibake } from './text.ts';
import { judgeTextLayer } from './text-layer.ts';

/** Refusal for a PDF whose pages carry no text, i.e. a scan, when OCR is off. */
export const NO_TEXT_LAYER = 'scanned PDF: no text layer (OCR not enabled)';
/** Refusal for a scan in which OCR found no text either. */
export const NO_TEXT_FOUND = 'scanned PDF: no text layer, and OCR found no text';

/** How to read a PDF (and an image): OCR mode, the engine to use, progress of the OCR. */
export interface OcrOptions {
  /** Default `off`. */
  ocr?: OcrMode;
  /** A running engine to share; without one a single-worker engine is made and stopped. */
  engine?: OcrEngine;
  /** Called with the number of pages to OCR before the first is read, then with progress. */
  onOcrProgress?: (p: OcrProgress) => void;
  /** Resolution pages are read at (default OCR_DPI; other values are for measuring). */
  dpi?: number;
}

/**
 * The text of the PDF in `bytes`, and what OCR contributed (null when no page was OCR'd).
 * Without OCR: pages joined as unpdf joins them, lines as pdf.js ends them. With OCR: pages in
 * order, parted by blank lines. Throws UnreadableFileError for a password-protected or damaged
 * PDF, NO_TEXT_LAYER when no page has text and OCR is off, NO_TEXT_FOUND when OCR found none.
 */
export async function readPdf(bytes: Uint8Array, options: OcrOptions = {}): Promise<{ text: string; ocr: OcrInfo | null }> {
  const mode = options.ocr ?? 'off';
  let pdf;
  try {
    // A copy: pdf.js may take over (detach) the buffer it is given. No eval: font programs in
    // an untrusted PDF must not become JavaScript (CVE-2024-4367).
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false });
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    throw new UnreadableFileError(name === 'PasswordException' ? 'password-protected PDF' : 'damaged or unreadable PDF', { cause: error });
  }
  try {
    const { text: pages } = await extractText(pdf, { mergePages: false });
    const layers = pages.map((p) => repairMojibake(p.normalize('NFC')));
    const toRead = layers.map((t, i) => (mode === 'force' || (mode === 'auto' && judgeTextLayer(t) !== 'good') ? i : -1)).filter((i) => i >= 0);
    if (!toRead.length) {
      if (pages.every((p) => p.trim() === '')) throw new UnreadableFileError(NO_TEXT_LAYER);
      // unpdf's own merge (mergePages: true), so that text PDFs read as they always have.
      return { text: pages.join('\n').replace(/[^\S\n]+/g, ' ').replace(/ ?\n ?/g, '\n').replace(/\n{3,}/g, '\n\n'), ocr: null };
    }
    const engine = options.engine ?? createOcrEngine({ workers: 1 });
    try {
      const dpi = options.dpi ?? OCR_DPI;
      const read = await recognizePages(engine, toRead.map((i) => () => renderPdfPage(pdf, i + 1, dpi)), dpi, options.onOcrProgress);
      const parts: PagePart[] = layers.map((text) => ({ kind: 'text', text }));
      toRead.forEach((page, k) => {
        parts[page] = { kind: 'ocr', page: read[k] };
      });
      const result = assemble(parts, engine.name);
      if (result.text.trim() === '') throw new UnreadableFileError(NO_TEXT_FOUND);
      return result;
    } finally {
      if (!options.engine) await engine.terminate();
    }
  } finally {
    await pdf.destroy();
  }
}
