/**
 * Is a PDF page's text layer worth keeping, or should the page be OCR'd? Scanned PDFs often
 * carry the text of an old OCR under the image: with every diacritic lost ("Quyet dinh so"),
 * or with look-alike glyphs for the marked letters ("Céin cie", "ciia"). Vietnamese prose has
 * a mark on about half its words and almost all of those are valid syllables
 * (./syllables.ts); such a layer has either few marked words or many invalid ones.
 */
import { syllableScore } from './syllables.ts';

/** Verdict on one page's text layer. */
export type TextLayerVerdict = 'empty' | 'garbage' | 'good';

/** Fewer words than this is too little to judge: kept as it is (a signature page, a stamp). */
const MIN_WORDS = 30;
/** Share of words with a non-ASCII letter below which the text has lost its diacritics. */
const MIN_MARKED_SHARE = 0.2;
/** Share of valid syllables among marked words below which the marks are look-alike glyphs. */
const MIN_VALID_SHARE = 0.8;

/**
 * `empty` when `text` has no letter, `garbage` when it has enough words to judge and too few
 * of them carry marks (under MIN_MARKED_SHARE) or too few marked words are valid Vietnamese
 * syllables (under MIN_VALID_SHARE), else `good`. `text` is NFC, after mojibake repair.
 */
export function judgeTextLayer(text: string): TextLayerVerdict {
  const words = text.match(/[\p{L}\p{M}]+/gu) ?? [];
  if (!words.length) return 'empty';
  if (words.length < MIN_WORDS) return 'good';
  const score = syllableScore(text);
  // Capital abbreviations (UBND, QĐ) are neither counted as marked nor as unmarked prose.
  const prose = words.filter((w) => !/^[A-ZĐ]+$/.test(w)).length;
  if (prose && score.marked / prose < MIN_MARKED_SHARE) return 'garbage';
  return score.share < MIN_VALID_SHARE ? 'garbage' : 'good';
}
