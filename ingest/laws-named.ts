/**
 * Documents the text names by name: laws, codes and ordinances with their date or year ("Luật
 * Tổ chức chính quyền địa phương ngày 19/6/2015", "Bộ luật Lao động năm 2019"), the constitution,
 * a law named again by its name alone, and the name before a law's number ("Luật Đất đai số
 * 31/2024/QH15"). Part of finding mentions (citations.ts); nothing is resolved here.
 */
import type { Citation } from './citations.ts';
import { firstDate, withNear, type DateMatch } from './dates.ts';
import { fold, isLetterOrDigit, isSpace, letterCase } from './fold.ts';
import type { NumberMatch } from './numbers.ts';

// Tried where indexOf (a native scan, faster than the regex engine's) finds "luat".
const LAW = /luat\s+(?!so\b|nay\b|dinh\b)/y;

/**
 * A law cited by name and number, "Luật Tổ chức chính quyền địa phương số 77/2015/QH13" (or an
 * ordinance, "Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14"): the name that
 * ends in "số" right before the number at `at`, within one clause (no digits, `;`, `.`, brackets
 * or line break inside). The first capitalised "Luật" / "Bộ luật" / "Pháp lệnh" of that run
 * starts the name, so "Luật sửa đổi … của Luật Tổ chức Chính phủ số 47/2019/QH14" keeps the
 * whole amending law's name. `name` is '' when the type word stands alone ("Luật số 43/2024/QH15").
 */
export function lawNameBefore(text: string, folded: string, at: number): { start: number; name: string; type: string } | null {
  const from = Math.max(0, at - 220);
  const span = folded.slice(from, at);
  const tail = /\s+s[o0-9]\s*:?\s*$/.exec(span);
  if (!tail) return null;
  LAW_WORD.lastIndex = 0;
  for (let m = LAW_WORD.exec(span); m && m.index < tail.index; m = LAW_WORD.exec(span)) {
    const start = from + m.index;
    const type = m[0].startsWith('bo') ? 'Bộ luật' : m[0].startsWith('phap') ? 'Pháp lệnh' : 'Luật';
    if ((start > 0 && /[a-z]/.test(folded[start - 1])) || letterCase(text.charCodeAt(start)) !== UPPER) continue;
    const name = text.slice(start, from + tail.index);
    if (/[0-9;.()\n]/.test(name)) continue;
    // The type word alone ("Luật số 43/2024/QH15", OCR's "Luét s6 …"): no name.
    const word = m[0].trimEnd().length;
    if (name.trim().length <= word) return { start, name: '', type };
    // A law's name starts with a capital, except an amending law's "Luật sửa đổi, bổ sung …".
    if (!/\s\p{Lu}/u.test(name.slice(word, word + 2)) && !folded.startsWith('luat sua doi', start)) continue;
    return { start, name: name.replace(/\s+/g, ' ').trim(), type };
  }
  return null;
}

// "Luật" (its vowel as OCR damages it too: "Luét"), "Bộ luật", "Pháp lệnh".
const LAW_WORD = /(?:bo\s)?lu[a-z]t\s|phap\slenh\s/g;
const UPPER = 1; // letterCase() of a capital

// What ends a law's name in the 160 code units after its start (folded): its date or year, a
// number, a clause mark, or a comma before another document ("Luật A, Luật B …": a name may
// hold commas, "Luật Cán bộ, công chức"). A line break ends it unless the next line goes on in
// lower case (text copied from a PDF: "Luật Tổ chức chính\nquyền địa phương").
const LAW_NAME_STOP = /\s(?:ng[a-z]{0,2}y\s|n[a-z]?m\s+(?:19|20)\d{2}\b|so\s+\d)|[;.()\n]|,\s*(?=(?:bo luat|luat|nghi dinh|nghi quyet|quyet dinh|thong tu|chi thi|ke hoach|phap lenh)\b)/g;

/** End of the law name starting at `from` when "ngày" or "năm YYYY" ends it, else -1. */
function lawNameStop(text: string, folded: string, from: number): number {
  const window = folded.slice(from, from + 160);
  LAW_NAME_STOP.lastIndex = 0;
  for (let m = LAW_NAME_STOP.exec(window); m; m = LAW_NAME_STOP.exec(window)) {
    if (m[0] === '\n' && /^[ \t]*\p{Ll}/u.test(text.slice(from + m.index + 1, from + m.index + 8))) continue;
    return /^\s(?:ng|n[a-z]m)/.test(m[0]) ? from + m.index : -1;
  }
  return -1;
}

/**
 * Laws named by their name and a date or year, without a number ("Luật Tổ chức chính quyền
 * địa phương ngày 19/6/2015", "Bộ luật Lao động năm 2019"), and ordinances of Quốc hội's
 * Standing Committee the same way ("Pháp lệnh Ưu đãi người có công với cách mạng ngày
 * 09/12/2020"). The name starts with a capital (or is an amending law's "Luật sửa đổi, bổ sung
 * …") and runs to "ngày" or "năm" (see `lawNameStop`); mentions that carry a number are left to
 * the number finder.
 */
export function findLawsByName(text: string, folded: string, numbers: NumberMatch[]): Citation[] {
  const laws: Citation[] = [];
  const undated: number[] = []; // where a law's type word, printed with a capital, names no date
  for (let at = folded.indexOf('luat'); at >= 0; at = folded.indexOf('luat', at + 1)) {
    LAW.lastIndex = at;
    const m = LAW.exec(folded);
    if (!m) continue;
    // "pháp luật" (the law at large: "văn bản quy phạm pháp luật hết hiệu lực") names no law.
    if ((m.index > 0 && /[a-z]/.test(folded[m.index - 1])) || folded.startsWith('phap ', m.index - 5)) continue;
    const code = folded.startsWith('bo ', m.index - 3) ? 'bo luat' : 'luat';
    const start = code === 'bo luat' ? m.index - 3 : m.index;
    if (!/^(?:Luật|LUẬT|Luat|LUAT|Bộ luật|Bo luat|BỘ LUẬT)/.test(text.slice(start, start + 8))) continue;
    const law = namedLaw(text, folded, numbers, start, m.index + m[0].length, code === 'bo luat' ? 'Bộ luật' : 'Luật', 'Quốc hội');
    if (!law) {
      undated.push(start);
      continue;
    }
    laws.push(law);
    at = law.end; // the laws an amending law's name names are part of it
  }
  // "Luật" as OCR damages its vowel ("Luét", "Ludt"), searched where the legal bases stand (see
  // PREAMBLE_REACH): a capital L, and outside the laws found already.
  // Found by "lu" (a native search) and a look at the two letters after it: the regular
  // expression engine scanned the opening three times slower.
  const opening = folded.length > PREAMBLE_REACH ? folded.slice(0, PREAMBLE_REACH) : folded;
  for (let at = opening.indexOf('lu'); at >= 0; at = opening.indexOf('lu', at + 2)) {
    const vowel = opening.charCodeAt(at + 2);
    if (vowel < 98 /* b */ || vowel > 122 /* z */ || opening.charCodeAt(at + 3) !== 116 /* t */) continue;
    if ((at > 0 && isLetterOrDigit(opening.charCodeAt(at - 1))) || text.charCodeAt(at) !== 76 /* L */) continue;
    DAMAGED_LAW.lastIndex = at;
    const m = DAMAGED_LAW.exec(opening);
    if (!m || laws.some((l) => at >= l.start && at < l.end)) continue;
    const law = namedLaw(text, folded, numbers, at, at + m[0].length, 'Luật', 'Quốc hội');
    if (law) laws.push(law);
  }
  // Found by "lenh": V8 searches for four letters several times faster than for nine.
  for (let found = folded.indexOf('lenh'); found >= 0; found = folded.indexOf('lenh', found + 1)) {
    const at = found - 5;
    if (at < 0 || !folded.startsWith('phap ', at)) continue;
    ORDINANCE.lastIndex = at;
    const m = ORDINANCE.exec(folded);
    if (!m || (at > 0 && /[a-z]/.test(folded[at - 1])) || !/^(?:Pháp lệnh|PHÁP LỆNH|Phap lenh|PHAP LENH)/.test(text.slice(at, at + 9))) continue;
    const ordinance = namedLaw(text, folded, numbers, at, at + m[0].length, 'Pháp lệnh', 'Ủy ban Thường vụ Quốc hội');
    if (ordinance) laws.push(ordinance);
    else undated.push(at);
  }
  const again = namedAgain(folded, [...laws, ...numberedLaws(text, folded, numbers)], undated);
  laws.push(...again, ...guidedLaws(text, folded, undated.filter((at) => !again.some((l) => l.start === at))));
  // The constitution, "Hiến pháp (nước Cộng hòa xã hội chủ nghĩa Việt Nam) năm 2013": one a
  // year, so its title is "Hiến pháp năm 2013" whatever words name the country. It is cited
  // first among the legal bases, which open a document: it is looked for in the opening
  // PREAMBLE_REACH code units only, by "phap" (a native search) and "hiến" before it (a regular
  // expression over whole texts took 7 % of the extractor's time, this search over them 2 %).
  for (let at = opening.indexOf('phap'); at >= 0; at = opening.indexOf('phap', at + 4)) {
    let end = at; // the end of the word before the blanks
    while (end > 0 && isSpace(folded.charCodeAt(end - 1))) end--;
    const found = end - 4;
    if (end === at || found < 0 || !folded.startsWith('hien', found)) continue;
    CONSTITUTION.lastIndex = found;
    const m = CONSTITUTION.exec(folded);
    if (!m || (found > 0 && /[a-z]/.test(folded[found - 1])) || !/^(?:Hiến|HIẾN|Hien|HIEN)\s+(?:pháp|PHÁP|phap|PHAP)/.test(text.slice(found, found + m[0].length))) continue;
    const constitution = namedLaw(text, folded, numbers, found, found + m[0].length, 'Hiến pháp', 'Quốc hội', true);
    if (!constitution) continue;
    const year = constitution.title?.match(/(?:19|20)\d{2}$/)?.[0] ?? constitution.date?.iso.slice(0, 4);
    laws.push({ ...constitution, title: year ? `Hiến pháp năm ${year}` : 'Hiến pháp' });
  }
  return laws.sort((a, b) => a.start - b.start);
}

/**
 * A law the text cites by name and date, named again without them ("Căn cứ Luật Căn cước ngày
 * 27 tháng 11 năm 2023; … Nghị định này quy định chi tiết một số điều của Luật Căn cước"): the
 * same law, as one text names one law by one name. `undated` are where a law's type word
 * names no date (printed with a capital); a mention there is one of the dated laws' whole names
 * where the name ends (punctuation, the end of a line, or a word that cannot go on a name: "và",
 * "của", "về" …), so "Luật Căn cước công dân" is not "Luật Căn cước". `laws` are the dated
 * mentions and those by number (`numberedLaws`); the new ones carry their date as not near.
 */
function namedAgain(folded: string, laws: readonly Citation[], undated: readonly number[]): Citation[] {
  if (!undated.length || !laws.length) return [];
  // Two laws of one name ("Luật Kinh doanh bất động sản năm 2014" and "… số 29/2023/QH15"): the
  // name alone is the one named last before it, or, when none is, the latest (the law in force).
  const names = new Map<string, Citation[]>();
  for (const law of laws) {
    const name = law.title?.replace(/ năm \d{4}$/, '') ?? '';
    if (name) names.set(fold(name), [...(names.get(fold(name)) ?? []), law]);
  }
  const again: Citation[] = [];
  for (const at of undated) {
    for (const [key, named] of names) {
      const end = at + key.length;
      if (!folded.startsWith(key, at) || !NAME_ENDS.test(folded.slice(end, end + 12))) continue;
      const before = named.filter((l) => l.start < at);
      const law = before.length ? before.reduce((a, b) => (b.start > a.start ? b : a)) : named.reduce((a, b) => (lawYear(b) > lawYear(a) ? b : a));
      // A law named by its number too lends it, at the place of this mention.
      const number = law.number ? { ...law.number, start: at, end } : null;
      again.push({ ...law, start: at, end, number, date: law.date ? withNear(law.date, false) : null, titleObject: null, attachmentNote: false, expiryAt: null });
      break;
    }
  }
  return again;
}

// What guides or details a law, right before its type word: "Nghị định số 175/2024/NĐ-CP … quy
// định chi tiết một số điều và biện pháp thi hành Luật Xây dựng", "hướng dẫn thi hành Luật …".
const GUIDING_BEFORE = /(?:quy dinh chi tiet|h[a-z]{1,3}ng d[a-z]?n)(?: thi h[a-z]?nh)?(?: (?:mot so|cac) (?:dieu|noi dung|quy dinh))?(?: va bien phap thi h[a-z]?nh)?(?: (?:cua|ve))?\s+$/;
// What ends a law's name that no date ends (see NAME_ENDS): a mark, a line's end, a word no
// name goes on with, or "và" before another document.
const BARE_NAME_END = /[;.():\n"]|,\s*(?=(?:bo luat|luat|nghi dinh|nghi quyet|quyet dinh|thong tu|chi thi|ke hoach|phap lenh)\b)|\s(?:cua|ve|theo|tai|da|duoc|de|nham|quy dinh|huong dan|thi|nay|nam|ngay|so|trong|tren|doi voi|va (?:cac|nhung|bo luat|luat|nghi dinh|nghi quyet|quyet dinh|thong tu|chi thi|ke hoach|phap lenh))\b/g;

/**
 * Where a law's name that starts at `from` ends (see BARE_NAME_END), read in the printed text
 * where folding joins two words: "về" (about) ends a name, "vệ" ("Bảo vệ") does not; a comma
 * before a capital ends it ("Luật Khám bệnh, chữa bệnh, Cục Quản lý …"). `from` when none is
 * found in 80 code units.
 */
function bareNameEnd(text: string, folded: string, from: number): number {
  const comma = /,\s*(?=\p{Lu})/u.exec(text.slice(from, from + 80));
  const span = folded.slice(from, from + (comma ? comma.index : 80));
  BARE_NAME_END.lastIndex = 0;
  for (let m = BARE_NAME_END.exec(span); m; m = BARE_NAME_END.exec(span)) {
    const at = from + m.index;
    if (m[0] === ' ve' && !/^ [vV][ềỀ]/.test(text.slice(at, at + 3))) continue;
    return at;
  }
  return comma ? from + comma.index : from;
}

/**
 * A law named by its name alone, no date or year, where a document named before it is said to
 * guide or detail it ("… quy định chi tiết một số điều và biện pháp thi hành Luật Xây dựng về
 * quản lý hoạt động xây dựng"): the guided law the text states, as writers name it, "Luật Xây
 * dựng". Elsewhere a name alone is not specific enough to cite. `undated` are where a law's type
 * word names no date and no law named before reads the same.
 */
function guidedLaws(text: string, folded: string, undated: readonly number[]): Citation[] {
  const laws: Citation[] = [];
  for (const at of undated) {
    if (!GUIDING_BEFORE.test(folded.slice(Math.max(0, at - 90), at))) continue;
    const word = /^(?:bo\s+)?lu[a-z]t\s+/.exec(folded.slice(at, at + 12));
    if (!word) continue;
    const nameStart = at + word[0].length;
    if (letterCase(text.charCodeAt(nameStart)) !== UPPER) continue;
    const nameEnd = bareNameEnd(text, folded, nameStart);
    if (nameEnd - nameStart < 3) continue;
    const type = word[0].startsWith('bo') ? 'Bộ luật' : 'Luật';
    laws.push({ start: at, end: nameEnd, number: null, typeWord: null, type, date: null, issuerWords: 'Quốc hội',
      title: `${type} ${text.slice(nameStart, nameEnd).replace(/\s+/g, ' ').trim()}`, titleObject: null, attachmentNote: false, expiryAt: null });
  }
  return laws;
}

/** The year of a law mention: its number's, its date's or its name's ("… năm 2014"); 0 if none. */
function lawYear(law: Citation): number {
  return law.number?.year ?? (law.date ? Number(law.date.iso.slice(0, 4)) : Number(/ năm (\d{4})$/.exec(law.title ?? '')?.[1] ?? 0));
}

/**
 * The laws cited by name and number ("Luật Kinh doanh bất động sản số 29/2023/QH15"), as mentions
 * by name for `namedAgain`: the number's mention itself is read with the others (findCitations).
 */
function numberedLaws(text: string, folded: string, numbers: readonly NumberMatch[]): Citation[] {
  const laws: Citation[] = [];
  for (const n of numbers) {
    if (!n.issuerCode.startsWith('QH')) continue;
    const law = lawNameBefore(text, folded, n.start);
    if (law?.name) laws.push({ start: law.start, end: n.end, number: n, typeWord: null, type: law.type, date: null, issuerWords: 'Quốc hội', title: law.name, titleObject: null, attachmentNote: false, expiryAt: null });
  }
  return laws;
}

const MONTH_BEFORE = /th[a-z0-9]{0,3}ng\s+\d{1,2}\s*$/;
const DEADLINE_BEFORE = /\b(?:truoc|den|sau|vao)\s*$/; // not "từ": folded, it is "tử" of "điện tử"

// What may follow a law's whole name: punctuation, a line's end, a word no name goes on with.
const NAME_ENDS = /^(?:$|[ \t]*(?:[^a-z0-9 \t]|$)|[ \t]+(?:va|cua|ve|theo|tai|da|duoc|de|nham|quy dinh|huong dan|thi|nay)\b)/;

const ORDINANCE = /phap\s+lenh\s+(?!so\b|nay\b)/y;
const CONSTITUTION = /hien\s+phap\b/y;
const DAMAGED_LAW = /lu[b-z]t\s+(?!so\b|nay\b|dinh\b)/y;
// Where the legal bases of a document end at the latest: header, title and a preamble of twenty
// "Căn cứ" lines fit in it.
export const PREAMBLE_REACH = 6000;

/**
 * The mention of a law (or ordinance) whose type word starts at `start` and whose name starts at
 * `nameStart`, when a date ("ngày …") or a year ("năm …") ends its name; else null.
 */
function namedLaw(text: string, folded: string, numbers: NumberMatch[], start: number, nameStart: number, type: string, issuerWords: string, anyName = false): Citation | null {
  // A law's name starts with a capital, except an amending law's "Luật sửa đổi, bổ sung …"
  // (and the constitution's, `anyName`: "Hiến pháp nước …", "Hiến pháp năm 2013").
  if (!anyName && !/\p{Lu}/u.test(text[nameStart] ?? '') && !/^sua\s+doi/.test(folded.slice(nameStart, nameStart + 12))) return null;
  const nameEnd = lawNameStop(text, folded, nameStart);
  if (nameEnd < 0) return null;
  if (numbers.some((n) => n.start >= nameStart && n.start <= nameEnd + 20)) return null;
  const after = nameEnd + 1;
  let date: (DateMatch & { near: boolean }) | null = null;
  let end = nameEnd;
  const ngay = /^ng[a-z]{0,2}y\s+/.exec(folded.slice(after, after + 8));
  if (ngay) {
    const d = firstDate(folded, after + ngay[0].length, after + ngay[0].length + 25);
    // "… hoàn thành trước ngày 31/3/2025": a deadline of the sentence, not the law's date.
    if (d && d.start === after + ngay[0].length && !DEADLINE_BEFORE.test(folded.slice(Math.max(nameStart, nameEnd - 12), nameEnd))) {
      date = withNear(d, true);
      end = d.end;
    }
  }
  // "năm 2023" after "tháng 5" ends a date of the sentence, not the law's name: "… sửa đổi Nghị
  // định … thi hành Luật Dược theo trình tự rút gọn, hoàn thành trong tháng 5 năm 2023".
  const year = /^n[a-z]?m\s+((?:19|20)\d{2})\b/.exec(folded.slice(after, after + 12));
  // So does "năm 2030" after "vào", "đến", "trước": "… Luật Giáo dục đạt 100% vào năm 2030".
  if (year && (MONTH_BEFORE.test(folded.slice(Math.max(nameStart, nameEnd - 12), nameEnd)) || DEADLINE_BEFORE.test(folded.slice(Math.max(nameStart, nameEnd - 12), nameEnd)))) return null;
  if (!date && !year) return null;
  if (year) end = after + year[0].length;
  // The type word as its canonical name: OCR damages it too ("Luét Phong, chong thien tai").
  const name = `${type} ${text.slice(nameStart, nameEnd).replace(/\s+/g, ' ').trim()}`;
  return {
    start,
    end,
    number: null,
    typeWord: null,
    type,
    date,
    issuerWords,
    title: year ? `${name} năm ${year[1]}` : name,
    titleObject: null,
    attachmentNote: false,
    expiryAt: null,
  };
}
