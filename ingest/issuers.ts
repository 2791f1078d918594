/**
 * Issuers (cơ quan ban hành): read from the words of a text ("của UBND tỉnh Khánh Hòa",
 * "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA", "ctia B6 Chinh tri") or from the issuer code of a number,
 * resolved against the citing document (DOMAIN.md §2: "UBND tỉnh" is the citing document's
 * province, "Sở" its own Sở), and named canonically: short agency name, then the place
 * ("UBND tỉnh Khánh Hòa", "Sở LĐTBXH tỉnh Hà Tĩnh", "Tỉnh ủy Bình Định").
 */
import { distance } from 'fastest-levenshtein';
import { issuerCode, issuerCodesOf, type IssuerCode } from './codes.ts';
import { fold, isLetterOrDigit } from './fold.ts';
import { districtAt, localityAt, placeNameAt, placeOf, type Locality } from './localities.ts';
import { ocrCost, outline } from './look-alikes.ts';
import { provinceAt, type Province } from './provinces.ts';
import { schoolAt } from './schools.ts';
import { restoreDiacritics } from './vocabulary.ts';

/** A resolved issuer. `code` is the issuer code when one is known (`UBND`, `SNV`, `CP`). */
export interface Issuer {
  name: string;
  level: number;
  /** Province name for provincial bodies, null for central ones. */
  province: string | null;
  code: string | null;
  /** The unit below the province a body belongs to ("huyện Cam Lâm"), see localities.ts. */
  locality?: string | null;
  /**
   * The huyện above a xã's body when the header names it ("UBND HUYỆN YÊN BÌNH / ỦY BAN NHÂN DÂN
   * XÃ CẢM NHÂN": "huyện Yên Bình"), for "UBND huyện" named alone in the xã's documents.
   */
  parentLocality?: string | null;
  /** The code its own numbers carry when no table knows it ("THCSTK" of 68/KH-THCSTK). */
  numberCode?: string;
  /**
   * For a unit of a body whose code is in no table, the code of that body: a Vụ's, Cục's or
   * Tổng cục's Bộ (`BYT`), an HĐND committee's HĐND (`HĐND`, of the unit's province). Its
   * numbers restart apart from other such units of the same code.
   */
  unitOf?: string | null;
}

/** What is known of the citing document when its citations are resolved. */
export interface CitingContext {
  province: Province | null;
  issuer: Issuer | null;
}

/** Canonical name of a provincial body of `code`'s kind in `province`. */
export function provincialIssuer(entry: IssuerCode, province: Province): Issuer {
  const city = province.kind === 'thành phố';
  const name = entry.name.includes('Tỉnh ủy')
    ? `${entry.name.replace('Tỉnh ủy', city ? 'Thành ủy' : 'Tỉnh ủy')} ${province.name}`
    : entry.name === 'Tỉnh đoàn' ? `${city ? 'Thành đoàn' : 'Tỉnh đoàn'} ${province.name}`
      : `${entry.name} ${province.kind} ${province.name}`;
  return { name, level: entry.level, province: province.name, code: entry.code };
}

/**
 * The body of `entry`'s kind (UBND, HĐND, a Phòng) of `locality` ("huyện Cam Lâm"), in
 * `province` when known: "UBND huyện Cam Lâm", "Phòng Nội vụ huyện Cam Lâm", level 7.
 */
export function localIssuer(entry: IssuerCode, locality: string, province: string | null): Issuer {
  // A Huyện ủy is named like a Tỉnh ủy: "Huyện ủy Cam Lâm".
  const name = entry.code === 'HU' ? `${entry.name} ${locality.replace(/^huyện /, '')}` : `${entry.name} ${locality}`;
  return { name, level: 7, province, code: entry.code, locality };
}

function centralIssuer(entry: IssuerCode): Issuer {
  return { name: entry.name, level: entry.level, province: null, code: entry.code };
}

// Words of the phrases met so far, by phrase (at most 10,000 kept).
const WORDS = new Map<string, readonly string[]>();

/**
 * Words of an issuer phrase, folded, with OCR's digit look-alikes inside words read as
 * letters ("B6" → "bo", "1y" → "ly", "X4" → "xa").
 */
export function issuerWords(text: string): readonly string[] {
  // The same few phrases ("UBND tỉnh", "Bộ Nội vụ") recur in every document: remember them.
  const known = WORDS.get(text);
  if (known) return known;
  const words = Object.freeze(splitIssuerWords(text));
  if (WORDS.size < 10_000) WORDS.set(text, words);
  return words;
}

function splitIssuerWords(text: string): string[] {
  return fold(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w.length > 0)
    .map((w) => (/[a-z]/.test(w) ? w.replace(/[60]/g, 'o').replace(/1/g, 'l').replace(/[43]/g, 'a') : w));
}

/**
 * Does `word` read as `expected`, allowing one OCR error in words of four letters or more,
 * or of three letters when `context` (the other words of a long name) vouches for it?
 */
function same(word: string | undefined, expected: string, context = false): boolean {
  if (word === undefined) return false;
  if (word === expected) return true;
  const min = context ? 3 : 4;
  if (expected.length < min) return false;
  const longer = Math.abs(word.length - expected.length);
  // One edit, or OCR's look-alikes, which leave the first letter alone (look-alikes.ts:
  // `outline`): one in a short word ("chii" for "chủ"; "dien" is not "doan"), two in a longer
  // one ("tirong" for "tướng").
  if (longer <= 1 && distance(word, expected) <= 1) return true;
  return longer <= 2 && word.charCodeAt(0) === expected.charCodeAt(0) && outline(word) === outline(expected)
    && ocrCost(word, expected) <= (expected.length <= 4 ? 0.5 : 1);
}

/** How many words of `words` from `at` spell the pattern `parts` (fuzzy per word), or 0. */
function spell(words: readonly string[], at: number, parts: string[]): number {
  const context = parts.length >= 3;
  for (let i = 0; i < parts.length; i++) if (!same(words[at + i], parts[i], context)) return 0;
  return parts.length;
}

interface Body {
  patterns: string[];
  code: string;
}

// Longer names first: "ban tuyen giao tinh uy" before "tinh uy", "van phong chinh phu" before
// "chinh phu", "bo chinh tri" before any ministry.
const BODIES: Body[] = [
  { patterns: ['ban bi thu trung uong doan', 'ban chap hanh trung uong doan', 'trung uong doan'], code: 'TWĐTN' },
  { patterns: ['bo chinh tri'], code: '#BCT' },
  { patterns: ['ban bi thu'], code: '#BBT' },
  { patterns: ['ban tuyen giao va dan van trung uong'], code: 'BTGDVTW' },
  { patterns: ['ban tuyen giao trung uong'], code: 'BTGTW' },
  { patterns: ['ban to chuc trung uong'], code: 'BTCTW' },
  { patterns: ['ban dan van trung uong'], code: 'BDVTW' },
  { patterns: ['ban noi chinh trung uong'], code: 'BNCTW' },
  { patterns: ['ban kinh te trung uong'], code: 'BKTTW' },
  { patterns: ['uy ban kiem tra trung uong'], code: 'UBKTTW' },
  { patterns: ['van phong trung uong dang'], code: 'VPTW' },
  { patterns: ['ban chap hanh trung uong', 'trung uong dang'], code: 'TW' },
  { patterns: ['uy ban thuong vu quoc hoi'], code: 'UBTVQH' },
  { patterns: ['quoc hoi'], code: 'QH' },
  { patterns: ['van phong chinh phu'], code: 'VPCP' },
  { patterns: ['thu tuong chinh phu', 'thu tuong'], code: 'TTg' },
  { patterns: ['chinh phu'], code: 'CP' },
  { patterns: ['ban tuyen giao tinh uy', 'ban tuyen giao thanh uy'], code: 'BTGTU' },
  { patterns: ['ban to chuc tinh uy'], code: 'BTCTU' },
  { patterns: ['ban dan van tinh uy'], code: 'BDVTU' },
  { patterns: ['van phong tinh uy'], code: 'VPTU' },
  { patterns: ['dang uy khoi cac co quan', 'dang uy khoi'], code: 'ĐUK' },
  { patterns: ['uy ban kiem tra tinh uy', 'uy ban kiem tra thanh uy'], code: 'UBKTTU' },
  // The provincial Party committee is the Ban Chấp hành Đảng bộ tỉnh; its standing bodies speak for it.
  { patterns: ['ban thuong vu tinh uy', 'thuong truc tinh uy', 'tinh uy', 'thanh uy', 'ban chap hanh dang bo tinh'], code: 'TU' },
  // A xã's Party header names the huyện's Party organisation above it: "ĐẢNG BỘ HUYỆN NGHI LỘC".
  { patterns: ['ban thuong vu huyen uy', 'huyen uy', 'dang bo huyen'], code: 'HU' },
  // The Party committee of a xã or phường, named with its place ("Đảng ủy xã Nghi Thuận").
  { patterns: ['ban thuong vu dang uy', 'thuong truc dang uy', 'dang uy'], code: 'ĐU' },
  { patterns: ['ban thuong vu tinh doan', 'tinh doan', 'thanh doan'], code: 'TĐTN' },
  { patterns: ['dang cong san viet nam'], code: 'ĐCSVN' },
  { patterns: ['doan chu tich tong lien doan lao dong viet nam', 'tong lien doan lao dong viet nam'], code: 'TLĐ' },
  { patterns: ['ban thuong truc uy ban trung uong mat tran to quoc viet nam', 'uy ban trung uong mat tran to quoc viet nam', 'uy ban trung uong mttq viet nam'], code: 'MTTW' },
  { patterns: ['ban thuong truc uy ban mat tran to quoc viet nam', 'ban thuong truc uy ban mttq viet nam', 'uy ban mat tran to quoc viet nam', 'uy ban mttq viet nam', 'uy ban mat tran to quoc', 'uy ban mttq'], code: 'MTTQ' },
  { patterns: ['van phong uy ban nhan dan', 'van phong ubnd'], code: 'VPUBND' },
  { patterns: ['uy ban nhan dan', 'ubnd', 'chu tich uy ban nhan dan', 'chu tich ubnd'], code: 'UBND' },
  { patterns: ['hoi dong nhan dan', 'hdnd', 'thuong truc hoi dong nhan dan', 'thuong truc hdnd'], code: 'HĐND' },
];

const BODY_PARTS = BODIES.map((b) => ({ ...b, parts: b.patterns.map((p) => p.split(' ')) }));

// The patterns, in BODIES' order, whose first word each word read so far reads as (at most
// 10,000 words kept): the fuzzy comparison runs once a word, not once a pattern and phrase.
const STARTING_WITH = new Map<string, Array<{ body: (typeof BODY_PARTS)[number]; parts: string[] }>>();

function patternsStartingWith(word: string): Array<{ body: (typeof BODY_PARTS)[number]; parts: string[] }> {
  let found = STARTING_WITH.get(word);
  if (!found) {
    found = [];
    for (const body of BODY_PARTS) for (const parts of body.parts) if (same(word, parts[0], parts.length >= 3)) found.push({ body, parts });
    if (STARTING_WITH.size < 10_000) STARTING_WITH.set(word, found);
  }
  return found;
}

// The first words an agency's name can start with; a phrase starting otherwise names none.
const FIRST_WORDS = new Set([...BODIES.flatMap((b) => b.patterns.map((p) => p.split(' ')[0])), 'bo', 'so', 'se', 'ban', 'phong', 'vu', 'cuc', 'tong']);
const FIRST_WORD_LIST = [...FIRST_WORDS];

// startsAgency() of the words met so far (at most 10,000).
const STARTS_AGENCY = new Map<string, boolean>();

function startsAgency(word: string | undefined): boolean {
  if (word === undefined) return false;
  if (FIRST_WORDS.has(word)) return true;
  let starts = STARTS_AGENCY.get(word);
  if (starts === undefined) {
    // Loose on purpose (three-letter words too): spell() then checks the whole name.
    starts = FIRST_WORD_LIST.some((w) => same(word, w, true));
    if (STARTS_AGENCY.size < 10_000) STARTS_AGENCY.set(word, starts);
  }
  return starts;
}

const PARTY_CENTRE: Record<string, Issuer> = {
  '#BCT': { name: 'Bộ Chính trị', level: 1, province: null, code: 'TW' },
  '#BBT': { name: 'Ban Bí thư', level: 1, province: null, code: 'TW' },
};

const MINISTRIES = ['BNV', 'BTC', 'BTP', 'BKHĐT', 'BLĐTBXH', 'BGDĐT', 'BYT', 'BCA', 'BQP', 'BNG', 'BXD', 'BCT',
  'BGTVT', 'BTNMT', 'BNNPTNT', 'BNNMT', 'BTTTT', 'BVHTTDL', 'BKHCN']
  .map((code) => issuerCode(code)!)
  .map((entry) => ({ entry, words: issuerWords(entry.name.replace(/^Bộ /, '')) }));

const DEPARTMENTS = ['SLĐTBXH', 'SNV', 'STC', 'STP', 'SKHĐT', 'SGDĐT', 'SYT', 'SXD', 'SCT', 'SGTVT', 'STNMT',
  'SNNPTNT', 'SNNMT', 'STTTT', 'SVHTTDL', 'SKHCN', 'SNgV']
  .map((code) => issuerCode(code)!)
  .map((entry) => ({
    entry,
    words: issuerWords(entry.code === 'SLĐTBXH' ? 'Lao động Thương binh và Xã hội' : entry.name.replace(/^Sở /, '')),
  }));

const OFFICES = issuerCodesOf('locality').filter((entry) => entry.name.startsWith('Phòng ')).map((entry) => ({ entry, words: issuerWords(entry.name.replace(/^Phòng /, '')) }));

/** The province named after an agency (`tỉnh Khánh Hòa`, `TỈNH HÀ TĨNH`, `tinh Khdnh Hoa`). */
function provinceAfter(words: readonly string[], at: number): Province | null {
  let i = at;
  if (words[i] === 'tinh' || words[i] === 'tp') i++;
  else if (words[i] === 'thanh' && words[i + 1] === 'pho') i += 2;
  else return null;
  return provinceAt(words.slice(i, i + 4))?.province ?? null;
}

function inProvince(entry: IssuerCode, province: Province | null, ctx: CitingContext): Issuer | null {
  const p = province ?? ctx.province;
  return p ? provincialIssuer(entry, p) : { name: entry.name, level: entry.level, province: null, code: entry.code };
}

/**
 * A Bộ, Sở or Phòng named by the initials of its name, as printed ("Sở GD&ĐT", "Sở LĐ-TB&XH", "Bộ
 * TT&TT", "Bộ LĐTBXH", "Phòng GDĐT"): its code is `prefix` (B, S or P) and the initials. The printed words from
 * `at` that are capitals only are joined while they last; the longest run that is a code of
 * `table` names the body.
 */
function byInitials(shown: readonly string[], at: number, prefix: string, table: typeof MINISTRIES): { entry: IssuerCode; used: number } | null {
  let initials = prefix;
  let found: { entry: IssuerCode; used: number } | null = null;
  for (let i = at; i < shown.length && i < at + 4 && INITIALS.test(shown[i]); i++) {
    initials += shown[i];
    const entry = table.find((t) => t.entry.code === initials);
    if (entry) found = { entry: entry.entry, used: i - at + 1 };
  }
  return found;
}

// Initials of a name as printed: capitals only, Đ included.
const INITIALS = /^[A-ZĐ]{1,6}$/;

/** Body named at the start of `words`, for the name-matching of ministries and Sở. */
function matchNamed(words: readonly string[], at: number, table: typeof MINISTRIES): { entry: IssuerCode; used: number } | null {
  for (const { entry, words: name } of table) {
    if (name.every((w, i) => same(words[at + i], w))) return { entry, used: name.length };
  }
  return null;
}

/**
 * The issuer named by `text` (the words after "của", or a header's agency lines), resolved
 * against the citing document. Returns null when the words name no body this table knows.
 */
export function issuerFromWords(text: string, ctx: CitingContext): Issuer | null {
  // The context counts only through its province and its issuer (returned for "của Sở").
  const key = `${ctx.province?.name ?? ''}\u0000${ctx.issuer?.code ?? ''}\u0000${ctx.issuer?.name ?? ''}\u0000${text}`;
  const known = FROM_WORDS.get(key);
  if (known !== undefined) return known === CITING ? ctx.issuer : known;
  const issuer = issuerFromWordList(issuerWords(text), ctx, shownWords(text));
  if (FROM_WORDS.size < 10_000) FROM_WORDS.set(key, issuer !== null && issuer === ctx.issuer ? CITING : issuer);
  return issuer;
}

// issuerFromWords() of the phrases met so far, by context and phrase (at most 10,000); CITING
// stands for the context's own issuer.
const CITING = Symbol('citing issuer');
const FROM_WORDS = new Map<string, Issuer | null | typeof CITING>();

/**
 * issuerFromWords for words already split by {@link issuerWords}; `shown`, the same words as
 * printed ({@link shownWords}), gives a locality's name its diacritics (else it is written from
 * the folded words).
 */
export function issuerFromWordList(words: readonly string[], ctx: CitingContext, shown: readonly string[] = words): Issuer | null {
  let at = 0;
  // An official's title before the body he heads: (Phó) Giám đốc Sở, Chánh Văn phòng, Chánh
  // Thanh tra, Trưởng phòng, Trưởng ban, Bộ trưởng Bộ, Chủ nhiệm.
  if (words[at] === 'pho') at++;
  if (same(words[at], 'giam') && same(words[at + 1], 'doc')) at += 2;
  else if (words[at] === 'chanh') at++;
  else if (words[at] === 'truong' && (words[at + 1] === 'phong' || words[at + 1] === 'ban')) at++;
  if (words[at] === 'bo' && same(words[at + 1], 'truong')) at += 2;
  // "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy".
  if (words[at] === 'chu' && same(words[at + 1], 'nhiem')) at += 2;

  if (words[at] === 'truong' || words[at] === 'nha') return schoolAt(words, shown, at, ctx);
  if (!startsAgency(words[at])) return null;
  for (const { body, parts } of patternsStartingWith(words[at])) {
    const used = spell(words, at, parts);
    if (!used) continue;
    if (PARTY_CENTRE[body.code]) return PARTY_CENTRE[body.code];
    const entry = issuerCode(body.code)!;
    if (entry.scope === 'central') return centralIssuer(entry);
    if (entry.code === 'HU') return huyenCommittee(entry, words, at + used, ctx, shown);
    if (entry.scope === 'locality') return localBody(entry, words, at + used, ctx, shown) ?? null;
    if (entry.code === 'UBND' || entry.code === 'HĐND') {
      const local = localBody(entry, words, at + used, ctx, shown);
      if (local !== undefined) return local;
    }
    return inProvince(entry, provinceAfter(words, at + used), ctx);
  }
  if (words[at] === 'bo') {
    const ministry = matchNamed(words, at + 1, MINISTRIES) ?? byInitials(shown, at + 1, 'B', MINISTRIES);
    if (ministry) return centralIssuer(ministry.entry);
  }
  if (words[at] === 'so' || words[at] === 'se') {
    const department = matchNamed(words, at + 1, DEPARTMENTS) ?? byInitials(shown, at + 1, 'S', DEPARTMENTS);
    if (department) return inProvince(department.entry, provinceAfter(words, at + 1 + department.used), ctx);
    // "của Sở" alone: the citing document's own Sở.
    if (ctx.issuer?.code?.startsWith('S')) return ctx.issuer;
    return null;
  }
  if (words[at] === 'phong') {
    const office = matchNamed(words, at + 1, OFFICES) ?? byInitials(shown, at + 1, 'P', OFFICES);
    const from = at + 1 + (office?.used ?? 0);
    // A Phòng belongs to a huyện, which a header may name without the word: "PHÒNG GD&ĐT LƯƠNG TÀI".
    const district = office && !localityAt(words, shown, from) ? districtAt(words, from, ctx.province) : null;
    if (district) return localIssuer(office!.entry, district.locality, district.province.name);
    if (office) return localBody(office.entry, words, from, ctx, shown) ?? null;
  }
  if (words[at] === 'ban' && same(words[at + 1], 'quan') && same(words[at + 2], 'ly')) {
    return projectBoard(words, at + 3, ctx, shown);
  }
  if (words[at] === 'vu' || words[at] === 'cuc' || (words[at] === 'tong' && words[at + 1] === 'cuc')) {
    return ministryUnit(words, shown, at, ctx);
  }
  if (words[at] === 'ban' && same(words[at + 1], 'chi') && same(words[at + 2], 'dao')) {
    return steeringCommittee(words, shown, at + 3, ctx);
  }
  if (words[at] === 'ban') return councilCommittee(words, at + 1, ctx);
  return null;
}

/**
 * A unit of a Bộ named in words: a Vụ, Cục or Tổng cục and its name, after the title of the
 * official who heads it ("Vụ trưởng Vụ Tổ chức cán bộ", "Cục trưởng Cục Quản lý Khám, chữa
 * bệnh"), then its Bộ ("… Bộ Y tế"), or the citing document's Bộ when the words name none (a Bộ
 * cites its own units so). A Cục of a province ("Cục Thuế tỉnh Khánh Hòa") is that province's.
 * Named "Vụ Tổ chức cán bộ Bộ Y tế", at its Bộ's level; null when no Bộ or province places it.
 */
function ministryUnit(words: readonly string[], shown: readonly string[], from: number, ctx: CitingContext): Issuer | null {
  let at = from;
  const kindWords = words[at] === 'tong' ? 2 : 1;
  // The head's title before the unit: "Vụ trưởng Vụ …", "Tổng cục trưởng Tổng cục …".
  if (words[at + kindWords] === 'truong') at += kindWords + 1;
  if (words.slice(at, at + kindWords).join(' ') !== words.slice(from, from + kindWords).join(' ')) return null;
  const kind = kindWords === 2 ? 'Tổng cục' : words[at] === 'vu' ? 'Vụ' : 'Cục';
  const start = at + kindWords;
  let ministry: IssuerCode | null = null;
  let province: Province | null = null;
  let end = start;
  for (; end < words.length && end < start + 8; end++) {
    if (words[end] === 'bo') {
      const named = matchNamed(words, end + 1, MINISTRIES) ?? byInitials(shown, end + 1, 'B', MINISTRIES);
      if (named) {
        ministry = named.entry;
        break;
      }
    }
    province = provinceAfter(words, end);
    if (province) break;
  }
  // "của Cục", "của Vụ" alone: the citing document's own unit of that kind.
  if (end === start) return ctx.issuer?.name.startsWith(`${kind} `) ? ctx.issuer : null;
  const printed = shown.slice(start, end).join(' ');
  const name = `${kind} ${oneCase(/[^\x00-\x7f]/.test(printed) ? printed : restoreDiacritics(words.slice(start, end).join(' ')))}`;
  if (province) return { name: `${name} ${province.kind} ${province.name}`, level: 6, province: province.name, code: null };
  ministry ??= ctx.issuer && !ctx.issuer.province ? (MINISTRIES.find((m) => ctx.issuer!.name.endsWith(m.entry.name))?.entry ?? null) : null;
  return ministry ? { name: `${name} ${ministry.name}`, level: ministry.level, province: null, code: null, unitOf: ministry.code } : null;
}

/**
 * A body's name in one spelling, whatever case the text printed it in: its first letter a
 * capital, the rest in small letters but "Việt Nam". Texts capitalize the words of a name each
 * their own way ("Cục Quản lý Khám, chữa bệnh", "Cục Quản lý khám, chữa bệnh"; Nghị định
 * 30/2020/NĐ-CP, Phụ lục II, asks capitals on the words of its kind and field, which clerks
 * read differently), and a header prints all of them ("CỤC QUẢN LÝ KHÁM, CHỮA BỆNH"): one
 * spelling makes them one body, "Cục Quản lý khám chữa bệnh". In: the name's words; out: them.
 */
function oneCase(name: string): string {
  const lower = name.toLowerCase().replace(/(^| )việt nam(?= |$)/g, '$1Việt Nam');
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

// The committees (ban) a provincial Hội đồng nhân dân sets up (Luật Tổ chức chính quyền địa
// phương 2015, Điều 18: Pháp chế, Kinh tế - Ngân sách, Văn hóa - Xã hội, Dân tộc; a centrally-run
// city's has a Ban Đô thị too): folded words and name.
const COUNCIL_COMMITTEES = ['Pháp chế', 'Kinh tế - Ngân sách', 'Văn hóa - Xã hội', 'Dân tộc', 'Đô thị']
  .map((name) => ({ name, words: issuerWords(name) }));

/**
 * A committee of a Hội đồng nhân dân named by the words after "Ban" ("Ban Kinh tế - Ngân sách
 * Hội đồng nhân dân tỉnh", "Ban Pháp chế HĐND tỉnh Thanh Hóa"): named "Ban Kinh tế - Ngân sách
 * HĐND tỉnh Thanh Hóa", of the province the words or the citing document name; null otherwise.
 */
function councilCommittee(words: readonly string[], at: number, ctx: CitingContext): Issuer | null {
  const committee = COUNCIL_COMMITTEES.find((c) => c.words.every((w, i) => same(words[at + i], w)));
  if (!committee) return null;
  let i = at + committee.words.length;
  if (words[i] === 'hdnd') i++;
  else if (spell(words, i, ['hoi', 'dong', 'nhan', 'dan'])) i += 4;
  else return null;
  const province = words[i] === 'tinh' || words[i] === 'thanh' ? (provinceAfter(words, i) ?? ctx.province) : ctx.province;
  if (!province) return null;
  return { name: `Ban ${committee.name} HĐND ${province.kind} ${province.name}`, level: 6, province: province.name, code: null, unitOf: 'HĐND' };
}

/**
 * A Ban Chỉ đạo (steering committee) named by its words after "Ban Chỉ đạo": its subject, then
 * the province ("Ban Chỉ đạo Cải cách hành chính tỉnh Khánh Hòa"; "tỉnh" alone is the citing
 * document's province) or "Trung ương" for a central one. Its code (BCĐ) is in no table: the
 * words name it, and place it, or nothing does (null).
 */
function steeringCommittee(words: readonly string[], shown: readonly string[], at: number, ctx: CitingContext): Issuer | null {
  const end = Math.min(words.length, at + 10);
  for (let i = at; i < end; i++) {
    const central = same(words[i], 'trung') && same(words[i + 1], 'uong');
    const province = central ? null : words[i] === 'tinh' ? (provinceAfter(words, i) ?? ctx.province) : provinceAfter(words, i);
    if (!central && !province) continue;
    const subject = shown.slice(at, i).join(' ');
    const named = /[^\x00-\x7f]/.test(subject) ? subject : restoreDiacritics(words.slice(at, i).join(' '));
    const title = named ? ` ${oneCase(named)}` : '';
    if (central) return { name: `Ban Chỉ đạo${title} Trung ương`, level: 4, province: null, code: 'BCĐ' };
    return { name: `Ban Chỉ đạo${title} ${province!.kind} ${province!.name}`, level: 6, province: province!.name, code: 'BCĐ' };
  }
  return null;
}

/**
 * The body of `entry`'s kind of the locality named at `words[at]` ("huyện Cam Lâm"), or of the
 * citing body's own locality when the words name its kind alone ("UBND huyện" in a huyện's
 * document, "Phòng Nội vụ" under "UBND HUYỆN X"), or of the huyện above it ("UBND huyện" in a
 * xã's document whose header names its huyện); null when they name a kind but no place the
 * context knows; undefined when they name no locality at all (or "Thành phố" alone in a
 * centrally-run city's document: the city, a province).
 */
function localBody(entry: IssuerCode, words: readonly string[], at: number, ctx: CitingContext, shown: readonly string[]): Issuer | null | undefined {
  const own = ctx.issuer?.locality ?? null;
  const local = localityAt(words, shown, at);
  if (local?.name) {
    const place = placeOf(local.kind, local.name, provinceAfter(words, at + local.used) ?? ctx.province);
    return localIssuer(entry, place.locality, place.province?.name ?? null);
  }
  if (local && own?.startsWith(`${local.kind} `)) return localIssuer(entry, own, ctx.issuer!.province);
  const parent = ctx.issuer?.parentLocality ?? null;
  if (local && parent?.startsWith(`${local.kind} `)) return localIssuer(entry, parent, ctx.issuer!.province);
  // "Ủy ban nhân dân Thành phố" in a centrally-run city's document is the city's, as "tỉnh" is.
  if (local?.kind === 'thành phố' && ctx.province?.kind === 'thành phố') return undefined;
  if (local) return null;
  if (entry.scope === 'locality') return own ? localIssuer(entry, own, ctx.issuer!.province) : null;
  return undefined;
}

/**
 * A Huyện ủy named with its huyện ("Huyện ủy Cam Lâm"), or alone in a document of its huyện or
 * of a xã whose header names that huyện above it.
 */
function huyenCommittee(entry: IssuerCode, words: readonly string[], at: number, ctx: CitingContext, shown: readonly string[]): Issuer | null {
  const name = placeNameAt(words, shown, at);
  if (name) {
    const place = placeOf('huyện', name.name, provinceAfter(words, at + name.used) ?? ctx.province);
    return localIssuer(entry, place.locality, place.province?.name ?? null);
  }
  const huyen = ownHuyen(ctx);
  return huyen ? localIssuer(entry, huyen, ctx.issuer!.province) : null;
}

/** The huyện of the citing body: its own locality, or the one its header names above its xã. */
function ownHuyen(ctx: CitingContext): string | null {
  for (const place of [ctx.issuer?.locality, ctx.issuer?.parentLocality]) if (place?.startsWith('huyện ')) return place;
  return null;
}

/** The words of `text` as printed, one for each of {@link issuerWords}' words. */
export function shownWords(text: string): string[] {
  const folded = fold(text);
  const words: string[] = [];
  for (let i = 0; i < folded.length; ) {
    if (!isLetterOrDigit(folded.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < folded.length && isLetterOrDigit(folded.charCodeAt(j))) j++;
    words.push(text.slice(i, j));
    i = j;
  }
  return words;
}

/**
 * A Ban quản lý (dự án) named in words: "Ban Quản lý dự án Phát triển tỉnh Khánh Hòa" →
 * "Ban QLDA Phát triển tỉnh Khánh Hòa" (the short form the gold files use). OCR text without
 * diacritics gets them back from the vocabulary where the word is known.
 */
function projectBoard(words: readonly string[], at: number, ctx: CitingContext, shown: readonly string[]): Issuer {
  let i = at;
  // Only a project board is shortened, as the gold files write it (DOMAIN.md §2): "Ban QLDA …";
  // others keep their name ("Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh").
  let short = 'Ban Quản lý';
  if (same(words[i], 'du') && same(words[i + 1], 'an')) {
    short = 'Ban QLDA';
    i += 2;
  }
  const rest: string[] = [];
  let province: Province | null = null;
  let local: Locality | null = null;
  for (; i < words.length && rest.length < 8; i++) {
    const p = provinceAfter(words, i);
    if (p) {
      province = p;
      break;
    }
    // A huyện's Ban ("… đầu tư xây dựng huyện Thạch Thành"); "tỉnh" with no name after it, under
    // its UBND's line ("UBND TỈNH HÀ TĨNH / BAN QUẢN LÝ KHU KINH TẾ TỈNH"), is the context's province.
    local = localityAt(words, shown, i);
    if (local?.name || (words[i] === 'tinh' && i === words.length - 1)) break;
    // "… huyện" alone: the citing body's own huyện.
    const own = ctx.issuer?.locality;
    if (local && own?.startsWith(`${local.kind} `)) {
      local = { ...local, name: own.slice(local.kind.length + 1) };
      break;
    }
    local = null;
    rest.push(words[i]);
  }
  const named = restoreDiacritics(rest.join(' '));
  const subject = named ? ` ${named.charAt(0).toUpperCase()}${named.slice(1)}` : '';
  if (local?.name) {
    const place = placeOf(local.kind, local.name, provinceAfter(words, i + local.used) ?? ctx.province);
    return { name: `${short}${subject} ${place.locality}`, level: 7, province: place.province?.name ?? null, code: 'BQL', locality: place.locality };
  }
  const place = province ?? ctx.province;
  const name = `${short}${subject}${place ? ` ${place.kind} ${place.name}` : ''}`;
  return { name, level: 6, province: place?.name ?? null, code: 'BQL' };
}

/**
 * The issuer of a cited number from its issuer code, when the code alone tells it: central
 * codes (CP, TTg, BNV …), and provincial ones (UBND, SNV, TU, BTGTU …) in the citing
 * document's province. A code equal to the citing document's own issuer code means the citing
 * issuer (a Ban citing its own earlier decision). Null for unknown codes.
 */
export function issuerFromCode(code: string, ctx: CitingContext): Issuer | null {
  if (ctx.issuer && ((ctx.issuer.code && ctx.issuer.code === code) || ctx.issuer.numberCode === code)) return ctx.issuer;
  const entry = issuerCode(code);
  if (!entry) return null;
  if (entry.scope === 'central') return centralIssuer(entry);
  // A body of a huyện or xã (its Phòng, its Huyện ủy) works under that place's HĐND and UBND:
  // their codes in its documents mean that place's, as in the UBND's own documents.
  if ((entry.code === 'UBND' || entry.code === 'HĐND') && ctx.issuer?.locality) return localIssuer(entry, ctx.issuer.locality, ctx.issuer.province);
  if (entry.code === 'HU') {
    const huyen = ownHuyen(ctx);
    return huyen ? localIssuer(entry, huyen, ctx.issuer!.province) : null;
  }
  if (entry.scope === 'locality') return ctx.issuer?.locality ? localIssuer(entry, ctx.issuer.locality, ctx.issuer.province) : null;
  if (entry.code === 'BQL') return null;
  return inProvince(entry, null, ctx);
}
