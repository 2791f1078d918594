/**
 * Schools (trường) as issuers: a public school is an đơn vị sự nghiệp that numbers its own plans,
 * reports and decisions under its own code ("68/KH-THCSTK"), its header printing the Phòng or
 * Sở above it ("PHÒNG GD&ĐT LƯƠNG TÀI / TRƯỜNG THCS TRUNG KÊNH"). Pure.
 */
import type { CitingContext, Issuer } from './issuers.ts';
import { placeNameAt } from './localities.ts';

// The kinds of school by their folded words, as a school's name prints them (Luật Giáo dục
// 2019, Điều 28 and 29: the levels; abbreviations as headers print them). Longest first.
const KINDS: Array<[string[], string]> = [
  [['thcs', 'va', 'thpt'], 'THCS và THPT'],
  [['tieu', 'hoc', 'va', 'thcs'], 'Tiểu học và THCS'],
  [['ptdtnt'], 'PTDTNT'],
  [['ptdtbt'], 'PTDTBT'],
  [['thcs'], 'THCS'],
  [['thpt'], 'THPT'],
  [['tieu', 'hoc'], 'Tiểu học'],
  [['mam', 'non'], 'Mầm non'],
  [['mau', 'giao'], 'Mẫu giáo'],
  [['trung', 'hoc', 'co', 'so'], 'THCS'],
  [['trung', 'hoc', 'pho', 'thong'], 'THPT'],
  [['chinh', 'tri'], 'Chính trị'],
  [['cao', 'dang'], 'Cao đẳng'],
  [['trung', 'cap'], 'Trung cấp'],
];

/**
 * The school named at `words[at]` ("trường thcs trung kênh" → "Trường THCS Trung Kênh", its
 * name as printed, in title case), in the locality and province of `ctx.issuer` (the Phòng or
 * Sở its header names above it) or of `ctx`; or the citing school itself for "nhà trường" /
 * "trường" alone in its own documents. Level 8: below the huyện's bodies. Null when the words
 * name no school.
 */
export function schoolAt(words: readonly string[], shown: readonly string[], at: number, ctx: CitingContext): Issuer | null {
  const own = ctx.issuer?.name.startsWith('Trường ') ? ctx.issuer : null;
  if (words[at] === 'nha' && words[at + 1] === 'truong') return own;
  if (words[at] !== 'truong') return null;
  const kind = KINDS.find(([parts]) => parts.every((p, i) => words[at + 1 + i] === p));
  if (!kind) return words.length === at + 1 ? own : null;
  const name = placeNameAt(words, shown, at + 1 + kind[0].length);
  if (!name) return null;
  const above = ctx.issuer;
  return {
    name: `Trường ${kind[1]} ${name.name}`,
    level: 8,
    province: above?.province ?? ctx.province?.name ?? null,
    code: null,
    locality: above?.locality ?? null,
  };
}
