/**
 * Bytes of a text file → Unicode text (NFC). First cut: UTF-8 (with or without BOM) and
 * UTF-16 with a BOM, through the platform's WHATWG TextDecoder. Anything that is not text is
 * refused with a reason the ingest reports, so one bad file never stops a batch.
 */

/**
 * A file that cannot be read as a document; `message` says why, in one line. `cause`, when
 * given, keeps the library error behind it for diagnostics.
 */
export class UnreadableFileError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'UnreadableFileError';
  }
}

/**
 * Decode `bytes` to NFC text. Throws UnreadableFileError for an empty file, a binary file
 * (NUL bytes in the first 8 KiB of a file without a UTF-16 BOM) or bytes that are not valid
 * UTF-8.
 */
export function decode(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new UnreadableFileError('empty file');
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes);
  else {
    if (bytes.subarray(0, 8192).includes(0)) throw new UnreadableFileError('binary file, not text');
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new UnreadableFileError('not valid UTF-8 text');
    }
  }
  text = text.normalize('NFC');
  if (text.trim() === '') throw new UnreadableFileError('no text in file');
  return text;
}
