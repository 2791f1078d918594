/**
 * Plain-text files (.txt, .md): bytes → Unicode NFC, with the encoding detected.
 *
 * Unicode first: a UTF-16 BOM, or bytes that are valid UTF-8, go through `decode`. Otherwise
 * the bytes are one of the legacy Vietnamese 8-bit encodings, which no charset detector tells
 * apart (chardet 2.2 calls our TCVN3, VNI and Windows-1258 samples all "windows-1258", so it is
 * not used; `isUtf8` answers the one question it could). Each candidate decoding is made and
 * scored by the share of its words that are valid Vietnamese syllables (./syllables.ts), and
 * the best one wins if it reads as Vietnamese at all.
 *
 * Text that is valid Unicode but was converted from a legacy font without converting the
 * letters ("Quyeát ñònh", "Céng hoµ") is mojibake; `repairMojibake` detects and undoes it the
 * same way. Word and PDF text goes through it too: .VnTime/VNI-Times runs in a .docx come out
 * like that (mammoth drops font names), and so do PDFs made from them when their fonts map
 * the glyphs to Windows-1252 code points.
 */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { decode, UnreadableFileError } from '../decode.ts';
import { syllableScore, type SyllableScore } from './syllables.ts';
import { vniToUnicode } from './vni.ts';

/** A legacy encoding we can read, and how. */
interface Candidate {
  name: string;
  decode: (bytes: Uint8Array) => string;
}

/**
 * The legacy encodings tried, in order of preference on a tie. Windows-1258 gives tone marks
 * as combining characters, hence the NFC. VNI is a Windows-1252 byte stream read through the
 * VNI table.
 */
const LEGACY: Candidate[] = [
  { name: 'windows-1258', decode: (b) => iconv.decode(Buffer.from(b), 'windows-1258').normalize('NFC') },
  { name: 'TCVN3', decode: (b) => iconv.decode(Buffer.from(b), 'tcvn').normalize('NFC') },
  { name: 'VNI', decode: (b) => vniToUnicode(iconv.decode(Buffer.from(b), 'windows-1252')) },
];

/** The best legacy decoding must have at least this share of valid syllables among its marked words. */
const MIN_SHARE = 0.8;
/** Mojibake repair needs the repaired text to beat the original by this much. */
const REPAIR_MARGIN = 0.3;

/**
 * Decode the bytes of a text file to NFC. Throws UnreadableFileError for an empty or binary
 * file, for a file with no text, and ("encoding not recognised") for bytes that are neither
 * Unicode nor read as Vietnamese in any legacy encoding.
 */
export function decodeText(bytes: Uint8Array): string {
  const bom16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  // `decode` owns the Unicode cases and the empty/binary/no-text refusals.
  if (bytes.length === 0 || bom16 || isUtf8(bytes)) return repairMojibake(decode(bytes));
  if (bytes.subarray(0, 8192).includes(0)) throw new UnreadableFileError('binary file, not text');
  const best = bestLegacyDecoding(bytes);
  if (!best || best.score.share < MIN_SHARE) throw new UnreadableFileError('encoding not recognised (not UTF-8, UTF-16, Windows-1258, TCVN3 or VNI)');
  const text = best.decode(bytes);
  if (text.trim() === '') throw new UnreadableFileError('no text in file');
  return text;
}

/**
 * Undo legacy-font mojibake in text that is already Unicode: when `text`'s words are mostly
 * not Vietnamese syllables, read its characters back as Windows-1252 bytes and try the legacy
 * decodings; return the best one if it is clearly better, else `text` unchanged. Plain ASCII
 * text (OCR without diacritics) is always returned as is. Never throws.
 */
export function repairMojibake(text: string): string {
  const own = syllableScore(text);
  if (own.marked === 0 || own.share >= MIN_SHARE) return text;
  // Only text whose every character is a Windows-1252 character can be a legacy byte stream.
  const bytes = iconv.encode(text, 'windows-1252');
  if (iconv.decode(bytes, 'windows-1252') !== text) return text;
  const best = bestLegacyDecoding(bytes);
  return best && best.score.share >= MIN_SHARE && best.score.share - own.share >= REPAIR_MARGIN ? best.decode(bytes) : text;
}

/** Candidates are scored on this many leading bytes; only the winner decodes the whole file. */
const SAMPLE_BYTES = 256 * 1024;

/**
 * Every legacy decoding of `bytes` (of its first SAMPLE_BYTES), scored, best first; `decode`
 * reads any bytes that way. Exported for tests and diagnostics.
 */
export function scoreLegacyDecodings(bytes: Uint8Array): Array<{ encoding: string; score: SyllableScore; decode: (bytes: Uint8Array) => string }> {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  return LEGACY.map((c) => ({ encoding: c.name, score: syllableScore(c.decode(sample)), decode: c.decode }))
    .sort((a, b) => b.score.share - a.score.share || b.score.markedValid - a.score.markedValid);
}

function bestLegacyDecoding(bytes: Uint8Array) {
  return scoreLegacyDecodings(bytes)[0];
}
