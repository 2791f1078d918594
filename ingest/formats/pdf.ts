/**
 * PDF → text from its text layer, through unpdf (a packaged pdf.js; 1.7 is the last release
 * that runs on Node 20). No OCR: a scanned PDF, with pages that are only images, is refused.
 */
import { extractText, getDocumentProxy } from 'unpdf';
import { UnreadableFileError } from '../decode.ts';

/** Refusal for a PDF whose pages carry no text, i.e. a scan. */
export const NO_TEXT_LAYER = 'scanned PDF: no text layer (OCR not enabled)';

/**
 * The text of the PDF in `bytes`, pages joined by blank lines, lines as pdf.js ends them.
 * Throws UnreadableFileError for a password-protected or damaged PDF, and NO_TEXT_LAYER when
 * no page has any text.
 */
export async function readPdf(bytes: Uint8Array): Promise<string> {
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
    const { text } = await extractText(pdf, { mergePages: true });
    if (text.trim() === '') throw new UnreadableFileError(NO_TEXT_LAYER);
    return text;
  } finally {
    await pdf.destroy();
  }
}
