/**
 * Vietnam's provinces and centrally-run cities: the 63 in force until 30/6/2025 and the
 * names kept among the 34 from 1/7/2025 (Nghị quyết 202/2025/QH15), with the one new name
 * (Huế). Used to read "tỉnh Khánh Hòa", "UBND TỈNH HÀ TĨNH", "Bình Định, ngày ..." and to
 * build ELI-style keys (`khanh-hoa`).
 */
import { distance } from 'fastest-levenshtein';
import { fold } from './fold.ts';

/** A province or centrally-run city. `kind` is the word that precedes it ("tỉnh", "thành phố"). */
export interface Province {
  name: string;
  kind: 'tỉnh' | 'thành phố';
  slug: string;
}

const CITIES = new Set(['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế']);

// Written as the GSO list writes them: "Bà Rịa - Vũng Tàu" with a hyphen.
const NAMES = [
  'An Giang', 'Bà Rịa - Vũng Tàu', 'Bạc Liêu', 'Bắc Giang', 'Bắc Kạn', 'Bắc Ninh', 'Bến Tre',
  'Bình Dương', 'Bình Định', 'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Cần Thơ',
  'Đà Nẵng', 'Đắk Lắk', 'Đắk Nông', 'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang',
  'Hà Nam', 'Hà Nội', 'Hà Tĩnh', 'Hải Dương', 'Hải Phòng', 'Hậu Giang', 'Hòa Bình', 'Hưng Yên',
  'Khánh Hòa', 'Kiên Giang', 'Kon Tum', 'Lai Châu', 'Lâm Đồng', 'Lạng Sơn', 'Lào Cai', 'Long An',
  'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ', 'Phú Yên', 'Quảng Bình',
  'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh',
  'Thái Bình', 'Thái Nguyên', 'Thanh Hóa', 'Thừa Thiên Huế', 'Tiền Giang', 'Hồ Chí Minh',
  'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái', 'Huế',
];

/** All provinces, longest name first (so "Thừa Thiên Huế" is tried before "Huế"). */
export const PROVINCES: readonly Province[] = NAMES.map((name) => ({
  name,
  kind: CITIES.has(name) ? ('thành phố' as const) : ('tỉnh' as const),
  slug: slugify(name),
})).sort((a, b) => b.name.length - a.name.length);

const BY_FOLDED = new Map(PROVINCES.map((p) => [letters(p.name), p]));
const FOLDED_NAMES = PROVINCES.map((p) => ({ province: p, target: letters(p.name) }));

/** Lower-case ASCII slug of a Vietnamese name: "Khánh Hòa" → "khanh-hoa". */
export function slugify(text: string): string {
  return fold(text.normalize('NFC'))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Folded letters and single spaces only: "Bà Rịa - Vũng Tàu" → "ba ria vung tau". */
function letters(text: string): string {
  return fold(text).replace(/[^a-z0-9]+/g, ' ').trim();
}

/**
 * The province named at the start of `words` (folded, space-separated words), tolerating
 * one OCR error per six letters ("khdnh hoa" → Khánh Hòa). Returns the province and how many
 * words it used, or null.
 */
export function provinceAt(words: readonly string[]): { province: Province; words: number } | null {
  let best: { province: Province; words: number; cost: number } | null = null;
  let candidate = '';
  for (let n = 1; n <= 4 && n <= words.length; n++) {
    candidate = n === 1 ? words[0] : `${candidate} ${words[n - 1]}`;
    const exact = BY_FOLDED.get(candidate);
    if (exact) return { province: exact, words: n };
    const near = nearest(candidate);
    if (near && (!best || near.cost < best.cost)) best = { province: near.province, words: n, cost: near.cost };
  }
  return best ? { province: best.province, words: best.words } : null;
}

// nearest() of the phrases met so far (at most 10,000): the same few recur in every document.
const NEAREST = new Map<string, { province: Province; cost: number } | null>();

/**
 * The province whose folded name is closest to `candidate` within one error per six letters
 * (the first in PROVINCES order among equals), and the distance; null when none is that close.
 */
function nearest(candidate: string): { province: Province; cost: number } | null {
  const known = NEAREST.get(candidate);
  if (known !== undefined) return known;
  let best: { province: Province; cost: number } | null = null;
  for (const { province, target } of FOLDED_NAMES) {
    if (Math.abs(target.length - candidate.length) > 2 || (candidate[0] !== target[0] && !(candidate[0] === 'p' && target[0] === 'd'))) continue;
    const cost = distance(candidate, target);
    if (cost <= Math.floor(target.length / 6) && (!best || cost < best.cost)) best = { province, cost };
  }
  if (NEAREST.size < 10_000) NEAREST.set(candidate, best);
  return best;
}

/** The province called exactly `name` (any case or diacritics), or null. */
export function provinceByName(name: string): Province | null {
  return BY_FOLDED.get(letters(name)) ?? null;
}

// The 34 provinces and cities from 1/7/2025 (Nghị quyết 202/2025/QH15): 11 kept as they were and
// 23 that took in others under their own name.
const FROM_2025 = new Set(['Hà Nội', 'Huế', 'Lai Châu', 'Điện Biên', 'Sơn La', 'Lạng Sơn', 'Quảng Ninh', 'Thanh Hóa',
  'Nghệ An', 'Hà Tĩnh', 'Cao Bằng', 'Tuyên Quang', 'Lào Cai', 'Thái Nguyên', 'Phú Thọ', 'Bắc Ninh', 'Hưng Yên',
  'Hải Phòng', 'Ninh Bình', 'Quảng Trị', 'Đà Nẵng', 'Quảng Ngãi', 'Gia Lai', 'Khánh Hòa', 'Lâm Đồng', 'Đắk Lắk',
  'Hồ Chí Minh', 'Đồng Nai', 'Tây Ninh', 'Cần Thơ', 'Vĩnh Long', 'Đồng Tháp', 'Cà Mau', 'An Giang']);

/**
 * Is `province` a province on the day `date` (ISO, or null when unknown)? Until 30/6/2025 all 63
 * are; from 1/7/2025 only the 34 of Nghị quyết 202/2025/QH15 (a merged one's name, "Bình Phước",
 * is then a xã's or phường's).
 */
export function provinceOnDate(province: Province, date: string | null): boolean {
  return !date || date < '2025-07-01' || FROM_2025.has(province.name);
}
