/**
 * The input formats of the ingest: one entry, `readDocumentText`, from a file's name and bytes
 * to Unicode NFC text. Pure apart from the libraries it calls: no file system.
 */
import { extname } from 'node:path';
import { UnreadableFileError } from '../decode.ts';
import { readDocx } from './docx.ts';
import { readPdf } from './pdf.ts';
import { decodeText, repairMojibake } from './text.ts';

export { decodeText, repairMojibake } from './text.ts';
export { NO_TEXT_LAYER } from './pdf.ts';

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
/** `%PDF` */
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46];
/** `PK\3\4`, a zip, as every .docx is. */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** The OLE compound file of a legacy .doc, and of a password-protected .docx. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * The text of a document file: `name` (a path or file name; only its extension is used) and
 * its `bytes`. Dispatch is by content first (a PDF or a zip is read as such whatever its name),
 * then by extension; anything else is a text file whose encoding is detected. The result is
 * NFC, with legacy-font mojibake repaired.
 *
 * Throws UnreadableFileError with a one-line reason: "empty file", "binary file, not text",
 * "encoding not recognised (…)", "not a Word .docx file", "legacy Word .doc …", "not a PDF
 * file", "damaged or unreadable PDF", "password-protected PDF", NO_TEXT_LAYER, "no text in file".
 */
export async function readDocumentText(name: string, bytes: Uint8Array): Promise<string> {
  const extension = extname(name).toLowerCase();
  if (bytes.length === 0) throw new UnreadableFileError('empty file');
  let text: string;
  if (startsWith(bytes, PDF_MAGIC)) text = await readPdf(bytes);
  else if (startsWith(bytes, ZIP_MAGIC)) text = await readDocx(bytes);
  else if (startsWith(bytes, OLE_MAGIC)) throw new UnreadableFileError('legacy Word .doc or password-protected Word file: not supported (save as .docx)');
  else if (extension === '.pdf') throw new UnreadableFileError('not a PDF file');
  else if (extension === '.docx') throw new UnreadableFileError('not a Word .docx file');
  else return decodeText(bytes);
  text = repairMojibake(text.normalize('NFC'));
  if (text.trim() === '') throw new UnreadableFileError('no text in file');
  return text;
}
