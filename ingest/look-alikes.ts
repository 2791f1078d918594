/**
 * The letters an OCR of Vietnamese text confuses (DOMAIN.md §3), for reading a damaged word as
 * the word it was: digits inside a word read as letters, marked vowels read as other letters,
 * thin strokes read for `u`. Pure.
 */
import { isDigit } from './fold.ts';

/**
 * The key of a folded word: `#` for a number; OCR's digits inside a word read as the letters
 * they look like ("s6" → "so", "x3" → "xa", "1y" → "ly").
 */
export function keyOf(word: string): string {
  let digits = 0;
  for (let i = 0; i < word.length; i++) if (isDigit(word.charCodeAt(i))) digits++;
  if (digits === 0) return word;
  if (digits === word.length) return '#';
  return word.replace(/[60]/g, 'o').replace(/1/g, 'l').replace(/[43]/g, 'a');
}

/**
 * The letters of a folded word that OCR's look-alikes never touch (see `ocrCost`): its first
 * letter, then its letters without vowels and without those a look-alike may be read as (d, w,
 * i, l, t, j, r). A word within reach of another has the same outline.
 */
export function outline(key: string): string {
  return key[0] + key.slice(1).replace(/[aeiouydwltjr]/g, '');
}

const VOWELS = new Set('aeiouy');
const STROKES = new Set('iltj');

/**
 * The cost of reading vocabulary letters `known` as `read` (both folded): 0.5 for each
 * look-alike a Vietnamese OCR makes — one vowel for another, or `d` for a vowel (the marks of
 * ă, â, ơ read as other letters: "nim", "ndm" for "năm", "Sé" for "Sở"), `w`, `ir` or `ur` for
 * `u` (ư: "Thwong", "chirc"), one to three thin strokes (i, l, t) for `u` ("ciia", "ctia",
 * "cla" for "của", DOMAIN.md §3), P for the Đ that starts a word ("Pat dai" for "Đất đai") — and
 * 2 for any other change, so a word differing otherwise
 * is never taken for another.
 */
export function ocrCost(read: string, known: string): number {
  const n = read.length;
  const m = known.length;
  const w = m + 1;
  // cost[i * w + j]: reading known[0, j) as read[0, i).
  const cost = new Float64Array((n + 1) * w);
  for (let j = 0; j <= m; j++) cost[j] = j * 2;
  for (let i = 1; i <= n; i++) {
    cost[i * w] = i * 2;
    const r = read[i - 1];
    for (let j = 1; j <= m; j++) {
      const k = known[j - 1];
      // A word's first letter: P read for Đ ("Pat dai", "QUYET PINH").
      const swap = r === k ? 0 : (VOWELS.has(k) && (VOWELS.has(r) || r === 'd')) || (k === 'u' && (r === 'w' || STROKES.has(r))) || (i === 1 && j === 1 && k === 'd' && r === 'p') ? 0.5 : 2;
      let c = Math.min(cost[(i - 1) * w + j - 1] + swap, cost[(i - 1) * w + j] + 2, cost[i * w + j - 1] + 2);
      if (k === 'u') {
        // "ir" or "ur" read for ư
        if (r === 'r' && i >= 2 && (read[i - 2] === 'i' || read[i - 2] === 'u')) c = Math.min(c, cost[(i - 2) * w + j - 1] + 0.5);
        // two or three thin strokes read for u
        for (let s = 2; s <= 3 && i - s >= 0 && allStrokes(read, i - s, i); s++) c = Math.min(c, cost[(i - s) * w + j - 1] + 0.5);
      }
      cost[i * w + j] = c;
    }
  }
  return cost[n * w + m];
}

function allStrokes(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!STROKES.has(text[i])) return false;
  return true;
}
