/**
 * Word .docx → text, through mammoth (raw text: one paragraph per line, tables cell by cell).
 * Legacy .VnTime/VNI-Times runs come out as mojibake; `readDocumentText` repairs that.
 */
import mammoth from 'mammoth';
import { UnreadableFileError } from '../decode.ts';

/**
 * The text of the .docx in `bytes`. Throws UnreadableFileError "not a Word .docx file" when
 * the bytes are not a zip holding a Word main document (mammoth's own message is kept in
 * `cause`).
 */
export async function readDocx(bytes: Uint8Array): Promise<string> {
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return value;
  } catch (error) {
    throw new UnreadableFileError('not a Word .docx file', { cause: error });
  }
}
