/**
 * Charters (điều lệ) cited as legal bases by their name alone: "Căn cứ Điều lệ Đảng;", "Căn cứ
 * Điều lệ Công đoàn Việt Nam khóa XIII …". Each organisation has one charter in force, so its
 * name is specific, unlike a law's name without date or year. Read only where "Căn cứ" names it:
 * elsewhere ("… thi hành Điều lệ Đảng") it tells what another document is about. Pure.
 */
import type { Citation } from './citations.ts';
import { PREAMBLE_REACH } from './laws-named.ts';
import { CAN_CU } from './verbs.ts';

// The charters by their folded names, with their issuer as the text would name it.
const CHARTERS: Array<{ words: string; title: string; issuerWords: string }> = [
  { words: 'dieu le dang cong san viet nam', title: 'Điều lệ Đảng', issuerWords: 'Đảng Cộng sản Việt Nam' },
  { words: 'dieu le dang', title: 'Điều lệ Đảng', issuerWords: 'Đảng Cộng sản Việt Nam' },
  { words: 'dieu le cong doan viet nam', title: 'Điều lệ Công đoàn Việt Nam', issuerWords: 'Tổng Liên đoàn Lao động Việt Nam' },
  { words: 'dieu le doan thanh nien cong san ho chi minh', title: 'Điều lệ Đoàn TNCS Hồ Chí Minh', issuerWords: 'Trung ương Đoàn' },
  { words: 'dieu le doan tncs ho chi minh', title: 'Điều lệ Đoàn TNCS Hồ Chí Minh', issuerWords: 'Trung ương Đoàn' },
  { words: 'dieu le hoi lien hiep phu nu viet nam', title: 'Điều lệ Hội Liên hiệp Phụ nữ Việt Nam', issuerWords: 'Trung ương Hội Liên hiệp Phụ nữ Việt Nam' },
];

// "Căn cứ" (OCR: "Can cu", "Céin cie") right before, maybe after a bullet or a colon.
const BASIS_BEFORE = new RegExp(`${CAN_CU}\\s*:?\\s*$`);

/**
 * The charters `folded` (`foldDocument(text)`) names right after "Căn cứ", as mentions: number
 * null, type "Điều lệ", the charter's title and its issuer's words; start and end are UTF-16
 * offsets of the name in `text`.
 */
export function findCharters(text: string, folded: string): Citation[] {
  const charters: Citation[] = [];
  // Legal bases stand in the opening: the rest is not searched.
  const opening = folded.length > PREAMBLE_REACH ? folded.slice(0, PREAMBLE_REACH) : folded;
  // Found from "u le" (V8 searches for four letters several times faster than for eight).
  for (let found = opening.indexOf('u le '); found >= 0; found = opening.indexOf('u le ', found + 5)) {
    const at = found - 3;
    if (at < 0 || !folded.startsWith('dieu le ', at) || !BASIS_BEFORE.test(folded.slice(Math.max(0, at - 16), at))) continue;
    const charter = CHARTERS.find((c) => folded.startsWith(c.words, at) && !/[a-z0-9]/.test(folded[at + c.words.length] ?? ''));
    if (!charter) continue;
    charters.push({ start: at, end: at + charter.words.length, number: null, typeWord: null, type: 'Điều lệ', date: null,
      issuerWords: charter.issuerWords, title: charter.title, titleObject: null, attachmentNote: false, expiryAt: null });
  }
  return charters;
}
