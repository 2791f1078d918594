/**
 * The input formats of the ingest: `readDocument`, from a file's name and bytes to Unicode NFC
 * text and what OCR contributed to it, and `readDocumentText` for the text alone. Pure apart
 * from the libraries it calls (and the OCR worker threads): no file system.
 */
import { extname } from 'node:path';
import { UnreadableFileError } from '../decode.ts';
import { readDocx } from './docx.ts';
import { createOcrEngine } from './ocr-engine.ts';
import { assemble, recognizePages, type OcrInfo } from './ocr.ts';
import { readPdf, type OcrOptions } from './pdf.ts';
import { imagePages, OCR_DPI } from './raster.ts';
import { decodeText, repairMojibake } from './text.ts';

export { decodeText, repairMojibake } from './text.ts';
export { NO_TEXT_FOUND, NO_TEXT_LAYER, type OcrOptions } from './pdf.ts';
export type { OcrInfo, OcrMode, OcrProgress } from './ocr.ts';
export { createOcrEngine, defaultOcrWorkers, type OcrEngine } from './ocr-engine.ts';

/** A decoded document: its NFC text, and what OCR contributed (null when nothing was OCR'd). */
export interface DocumentText {
  text: string;
  ocr: OcrInfo | null;
}

/** Refusal for an image file when OCR is off. */
export const IMAGE_OCR_OFF = 'image file: OCR is off';
/** Refusal for an image in which OCR found no text. */
export const IMAGE_NO_TEXT = 'image file: OCR found no text';

/** Extensions of image files (read by OCR); with OCR off, an image under another name is "binary file, not text". */
export const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.tif', '.tiff'];
/** PNG, JPEG, and TIFF in both byte orders. */
const IMAGE_MAGIC = [[0x89, 0x50, 0x4e, 0x47], [0xff, 0xd8, 0xff], [0x49, 0x49, 0x2a, 0x00], [0x4d, 0x4d, 0x00, 0x2a]];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
/** `%PDF` */
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46];
/** `PK\3\4`, a zip, as every .docx is. */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** The OLE compound file of a legacy .doc, and of a password-protected .docx. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * The text of a document file: `name` (a path or file name; only its extension is used) and
 * its `bytes`; OCR as `options` say (default off). See `readDocument`.
 */
export async function readDocumentText(name: string, bytes: Uint8Array, options: OcrOptions = {}): Promise<string> {
  return (await readDocument(name, bytes, options)).text;
}

/**
 * The text of a document file, and what OCR contributed: `name` (a path or file name; only its
 * extension is used) and its `bytes`. Dispatch is by content first (a PDF or a zip is read as such whatever its name),
 * then by extension; anything else is a text file whose encoding is detected. The result is
 * NFC, with legacy-font mojibake repaired. Images (PNG, JPEG, TIFF) and, as `options.ocr`
 * says, PDF pages are read by OCR (ingest/formats/ocr.ts); OCR is off unless asked for.
 *
 * Throws UnreadableFileError with a one-line reason: "empty file", "binary file, not text",
 * "encoding not recognised (…)", "not a Word .docx file", "legacy Word .doc …", "not a PDF
 * file", "damaged or unreadable PDF", "password-protected PDF", NO_TEXT_LAYER, NO_TEXT_FOUND,
 * IMAGE_OCR_OFF, IMAGE_NO_TEXT, "damaged or unreadable image", "no text in file".
 */
export async function readDocument(name: string, bytes: Uint8Array, options: OcrOptions = {}): Promise<DocumentText> {
  const extension = extname(name).toLowerCase();
  if (bytes.length === 0) throw new UnreadableFileError('empty file');
  let text: string;
  if (startsWith(bytes, PDF_MAGIC)) {
    const pdf = await readPdf(bytes, options);
    // OCR'd text is NFC with its layer pages repaired already, and its offsets are taken.
    if (pdf.ocr) return pdf;
    text = pdf.text;
  } else if (IMAGE_MAGIC.some((m) => startsWith(bytes, m)) && ((options.ocr ?? 'off') !== 'off' || IMAGE_EXTENSIONS.includes(extension))) {
    return readImage(bytes, options);
  } else if (startsWith(bytes, ZIP_MAGIC)) text = await readDocx(bytes);
  else if (startsWith(bytes, OLE_MAGIC)) throw new UnreadableFileError('legacy Word .doc or password-protected Word file: not supported (save as .docx)');
  else if (extension === '.pdf') throw new UnreadableFileError('not a PDF file');
  else if (extension === '.docx') throw new UnreadableFileError('not a Word .docx file');
  else return { text: decodeText(bytes), ocr: null };
  text = repairMojibake(text.normalize('NFC'));
  if (text.trim() === '') throw new UnreadableFileError('no text in file');
  return { text, ocr: null };
}

/** An image file, every page (TIFF frame) by OCR. */
async function readImage(bytes: Uint8Array, options: OcrOptions): Promise<DocumentText> {
  if ((options.ocr ?? 'off') === 'off') throw new UnreadableFileError(IMAGE_OCR_OFF);
  const dpi = options.dpi ?? OCR_DPI;
  const pages = await imagePages(bytes, dpi);
  const engine = options.engine ?? createOcrEngine({ workers: 1 });
  try {
    const read = await recognizePages(engine, pages.map((p) => async () => p), dpi, options.onOcrProgress);
    const result = assemble(read.map((page) => ({ kind: 'ocr', page })), engine.name);
    if (!result.ocr || result.text.trim() === '') throw new UnreadableFileError(IMAGE_NO_TEXT);
    return result;
  } finally {
    if (!options.engine) await engine.terminate();
  }
}
