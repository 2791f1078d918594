/**
 * Page images for OCR: PDF pages rendered by pdf.js (through unpdf) on a Skia canvas
 * (@napi-rs/canvas, prebuilt in its npm package), and image files (PNG, JPEG, TIFF, one page per
 * TIFF frame) decoded by sharp (libvips). Every page comes out as a greyscale PNG scaled to
 * OCR_DPI, the resolution chosen by measurement (docs/ocr.md).
 */
// pdf.js (unpdf 1.7) hands font data to its renderer with ArrayBuffer.transferToFixedLength, an
// ES2024 method Node 20 lacks ("o.transferToFixedLength is not a function": every glyph is
// dropped). core-js adds it where it is missing and nowhere else.
import 'core-js/actual/array-buffer/transfer-to-fixed-length.js';
import sharp from 'sharp';
import { getDocumentProxy, renderPageAsImage } from 'unpdf';
import { UnreadableFileError } from '../decode.ts';

type PDFDocumentProxy = Awaited<ReturnType<typeof getDocumentProxy>>;

/**
 * Dots per inch pages are read at. Measured on fake scans of 13 pt documents (docs/ocr.md,
 * `npm run bench:ocr`): 150, 200 and 300 dpi read 97–99 % of the words right and find 23–24
 * of 24 citations, while 300 dpi costs about 60 % more CPU per page than 200. 150 dpi would do
 * for 13 pt, but leaves a 10–11 pt table or footnote with an x-height under 10 pixels; 200 dpi
 * keeps that margin at little cost.
 */
export const OCR_DPI = 200;

/** A4 is 8.27 inches wide: an image without a usable resolution is taken to be a page that wide. */
const PAGE_WIDTH_INCHES = 8.27;

/** No page image larger than this many pixels (an A3 page at 200 dpi is 7.8 million). */
const MAX_PIXELS = 12_000_000;

/** Render page `pageNumber` (1-based) of `pdf` at `dpi` as a greyscale PNG. */
export async function renderPdfPage(pdf: PDFDocumentProxy, pageNumber: number, dpi = OCR_DPI): Promise<Uint8Array> {
  const page = await pdf.getPage(pageNumber);
  const { width, height } = page.getViewport({ scale: 1 });
  // PDF units are 1/72 inch.
  let scale = dpi / 72;
  if (width * height * scale * scale > MAX_PIXELS) scale = Math.sqrt(MAX_PIXELS / (width * height));
  const png = await renderPageAsImage(pdf, pageNumber, { scale, canvasImport: () => import('@napi-rs/canvas') });
  // pdf.js leaves what the page does not paint transparent: flatten onto white paper.
  return sharp(Buffer.from(png)).flatten({ background: '#ffffff' }).greyscale().png().toBuffer();
}

/**
 * The pages of an image file (PNG, JPEG or TIFF `bytes`), each a greyscale PNG scaled to `dpi`:
 * by the resolution the file records when it has one, else as an A4-wide page. Throws
 * UnreadableFileError "damaged or unreadable image" when the bytes do not decode.
 */
export async function imagePages(bytes: Uint8Array, dpi = OCR_DPI): Promise<Uint8Array[]> {
  let meta;
  try {
    meta = await sharp(bytes).metadata();
  } catch (error) {
    throw new UnreadableFileError('damaged or unreadable image', { cause: error });
  }
  const pages: Uint8Array[] = [];
  for (let page = 0; page < (meta.pages ?? 1); page++) {
    try {
      const image = sharp(bytes, { page }).rotate();
      const { width = 0, height = 0, density } = await sharp(bytes, { page }).metadata();
      // Photos from phones carry 72 dpi whatever they hold: only trust a scanner's resolution.
      const inches = density && density >= 100 ? width / density : PAGE_WIDTH_INCHES;
      let target = Math.round(inches * dpi);
      if (target * (height / width) * target > MAX_PIXELS) target = Math.floor(Math.sqrt(MAX_PIXELS * (width / height)));
      // Leave alone an image already within a quarter of the target: resampling blurs.
      const resized = Math.abs(target - width) / width > 0.25 ? image.resize({ width: target }) : image;
      pages.push(await resized.flatten({ background: '#ffffff' }).greyscale().png().toBuffer());
    } catch (error) {
      throw new UnreadableFileError('damaged or unreadable image', { cause: error });
    }
  }
  return pages;
}
