/**
 * A document's own identity from its header (Nghị định 30/2020/NĐ-CP, Phụ lục I): number after
 * "Số:", issuer in the left column, place and date in the right column ("Khánh Hòa, ngày 11
 * tháng 3 năm 2020"), type heading and title; also when OCR glued the two columns on one line.
 * A "(Ban hành kèm theo Quyết định số … ngày …)" note is identity evidence for a decision whose
 * header lacks the number.
 */
import { dateAt, firstDate } from './dates.ts';
import { issuerCode, readIssuerCode } from './codes.ts';
import { fold, letterCase } from './fold.ts';
import { issuerFromCode, issuerFromWordList, issuerFromWords, issuerWords, provincialIssuer, shownWords, type Issuer } from './issuers.ts';
import { MOTTO, type Layout, type Line } from './layout.ts';
import { districtNamed } from './localities.ts';
import { findNumbers, type NumberMatch } from './numbers.ts';
import { provinceAt, provinceByName, provinceOnDate, type Province } from './provinces.ts';
import { repairTitle } from './vocabulary.ts';

/** What a document says of itself. Dates are ISO `YYYY-MM-DD`. */
export interface Identity {
  number: string | null;
  numberMatch: NumberMatch | null;
  type: string | null;
  issuer: Issuer | null;
  province: Province | null;
  date: string | null;
  title: string | null;
}

// "Số:" (OCR "S6:", or "Sô':" with the hook of ố read as a quote mark), or a bare "Số" ("S6")
// opening its line as Party documents print it.
const NUMBER_LABEL = /\bs[a-z0-9]{0,2}['"`]?\s*:\s*|^[ \t]*s[a-z0-9]{0,2}[ \t]+(?=\d)/gm;
// The right column's words that OCR glues onto the left column's lines.
const RIGHT_COLUMN = /\s(?:cong\s+h[a-z]{1,2}\s+x[a-z]\s+h[a-z]{1,2}|[dp]ang\s+cong\s+san|c[o0]ng\s+h[o0]a|[dp][a-z0-9]{1,2}c\s+[l1]ap|doc\s+lap|t[a-z]\s+do\s*-|so\s*:|s[a-z0-9]{0,2}\s*:).*$/;
const RULE = /^[-_=–—*.\s]+$/;
const PLACE_DATE = /([a-z .]{2,30}),\s*ng[a-z]{0,2}y\s+/;

/** Read the identity of a document from `text` (`folded` = `foldDocument(text)`, fold.ts) and its layout. */
export function readIdentity(text: string, folded: string, layout: Layout): Identity {
  const firstHeading = layout.headings[0];
  const headerEnd = firstHeading ? layout.lines[firstHeading.line].start : Math.min(text.length, 1500);
  const letterTitle = !firstHeading && layout.titles.length > 0;

  const own = ownNumber(text, folded, Math.max(headerEnd, Math.min(text.length, 1500)));
  const note = own.match && !own.draft ? null : attachmentNote(text, folded);
  const numberMatch = own.match ?? (own.draft ? null : note?.number ?? null);

  const place = placeAndDate(text, folded, layout);
  const headerDate = place.date;
  // A dateline after 1/7/2025 naming a province merged away names a xã or phường ("Bình Phước,
  // ngày 27 tháng 8 năm 2025" of phường Bình Phước, tỉnh Đồng Nai).
  const placeProvince = place.province && provinceOnDate(place.province, headerDate) ? place.province : null;
  const headerIssuer = issuerFromHeader(text, folded, layout, placeProvince);
  // The whole-text count is the costly last resort, for documents whose header names no place.
  const province = placeProvince ?? (headerIssuer?.province ? provinceByName(headerIssuer.province) : null) ?? mostNamedProvince(folded);
  let issuer = headerIssuer;
  const ownCode = numberMatch?.issuerCode ?? (own.issuerCode ? readIssuerCode(own.issuerCode).code : null);
  // A joint document (KHLT, TTLT, NQLT) is issued by the body its number names first, the lead
  // one, whichever of them its header names last ("SỞ Y TẾ - SỞ GIÁO DỤC VÀ ĐÀO TẠO", 03/KHLT-SYT-SGDĐT).
  if (issuer && ownCode && numberMatch?.type?.code.endsWith('LT') && issuer.code !== ownCode) {
    issuer = issuerFromCode(ownCode, { province, issuer: null }) ?? issuer;
  }
  if (!issuer && ownCode) issuer = issuerFromCode(ownCode, { province, issuer: null });
  // A unit under the body its header names first ("SỞ Y TẾ TỈNH LAI CHÂU / BỆNH VIỆN ĐA KHOA
  // TỈNH", 86/KH-BVĐK; "BAN CHẤP HÀNH TRUNG ƯƠNG / BAN TUYÊN GIÁO", 152-HD/BTGTW) issues under
  // its own code: the number's body, when it stands no higher.
  else if (issuer && ownCode && issuer.code !== ownCode) {
    const unit = issuerFromCode(ownCode, { province, issuer: null });
    if (unit && unit.level >= issuer.level) issuer = unit;
  }
  if (!issuer) issuer = authorityLine(text, folded, layout, province);
  // A body whose own number carries a code no table knows (a school, "68/KH-THCSTK"; a Ban quản
  // lý, "318/QĐ-KKT"): that code in the numbers it cites is its own.
  if (issuer && ownCode && issuer.code !== ownCode && !issuerCode(ownCode)) issuer = { ...issuer, numberCode: ownCode };

  // A provincial body read without its province (a Sở named alone) takes the document's province;
  // a huyện's body is read again with it, which can tell an OCR-damaged name ("HUYÉN CHD MOI").
  if (issuer?.locality && !issuer.province && province) {
    const again = issuer === headerIssuer ? issuerFromHeader(text, folded, layout, province) : null;
    issuer = again?.province ? again : { ...issuer, province: province.name };
  }
  else if (issuer && !issuer.province && province && issuer.code) {
    const entry = issuerCode(issuer.code);
    if (entry && entry.scope === 'province') issuer = provincialIssuer(entry, province);
  }
  // A letter (công văn) has no type heading: its number has no type code and a "V/v" subject.
  // A consolidated text is headed by the type it consolidates ("THÔNG TƯ") but numbered as a
  // Văn bản hợp nhất (05/VBHN-BYT, Pháp lệnh 01/2012/UBTVQH13): its number tells what it is.
  const type = numberMatch?.type?.code === 'VBHN' ? numberMatch.type.name
    : firstHeading?.type.name ?? (numberMatch?.shape === 'letter' || letterTitle ? 'Công văn' : null);
  const title = layout.titles[0] ? cleanTitle(text.slice(layout.titles[0][0], layout.titles[0][1])) : null;
  return {
    number: numberMatch?.number ?? null,
    numberMatch,
    type,
    issuer,
    // A central body (a Bộ in Hà Nội) belongs to no province.
    province: issuer && !issuer.province && issuer.level <= 4 ? null : province ?? null,
    date: headerDate ?? (numberMatch && note && note.number === numberMatch ? note.date : null),
    title,
  };
}

/** The number after "Số:" in the header; `draft` when "Số:" stands before a bare "/KH-…". */
function ownNumber(text: string, folded: string, end: number): { match: NumberMatch | null; draft: boolean; issuerCode?: string } {
  // Searched in the header only (and a little after, for a label's trailing blanks): a search
  // over the whole text ran through the body of every document whose header has no label.
  const header = folded.slice(0, end + 64);
  NUMBER_LABEL.lastIndex = 0;
  for (let m = NUMBER_LABEL.exec(header); m && m.index < end; m = NUMBER_LABEL.exec(header)) {
    const at = m.index + m[0].length;
    const draft = /^\/\s*[a-z0-9]{1,6}\s*-\s*([a-z0-9]{1,10})/.exec(folded.slice(at, at + 24));
    if (draft) return { match: null, draft: true, issuerCode: text.slice(at + draft[0].length - draft[1].length, at + draft[0].length) };
    // Read with its label, which tells OCR's spaced digit groups ("S6: 12 50/QD-UBND") apart.
    const window = text.slice(m.index, at + 40);
    const found = findNumbers(window, folded.slice(m.index, at + 40));
    const own = found.find((n) => n.start === at - m!.index);
    if (own) return { match: { ...own, start: at, end: m.index + own.end }, draft: false };
  }
  return { match: null, draft: false };
}

const ATTACHMENT_NOTE = /\(\s*ban\s+h[a-z]nh\s+k[a-z]m\s+theo[^)]{0,200}\)?/y;

/** "(Ban hành kèm theo Quyết định số X ngày D …)": the number and date of the file's own decision. */
function attachmentNote(text: string, folded: string): { number: NumberMatch; date: string | null } | null {
  let m: RegExpExecArray | null = null;
  // The first "(" that opens such a note, found by indexOf (a native scan).
  for (let at = folded.indexOf('('); at >= 0 && !m; at = folded.indexOf('(', at + 1)) {
    ATTACHMENT_NOTE.lastIndex = at;
    m = ATTACHMENT_NOTE.exec(folded);
  }
  if (!m) return null;
  const span = folded.slice(m.index, m.index + m[0].length);
  const found = findNumbers(text.slice(m.index, m.index + m[0].length), span);
  if (!found.length) return null;
  const after = m.index + found[0].end;
  const ngay = /^\s*ng[a-z]{0,2}y\s+/.exec(folded.slice(after, after + 12));
  const date = ngay ? dateAt(folded, after + ngay[0].length)?.iso ?? null : null;
  return { number: { ...found[0], start: m.index + found[0].start, end: after }, date };
}

/** Place and date of the header: "Khánh Hòa, ngày 11 tháng 3 năm 2020" (a draft leaves the day blank). */
function placeAndDate(text: string, folded: string, layout: Layout): { province: Province | null; date: string | null } {
  // Only the header holds the document's own date: the text before each type heading.
  const headerEnds = layout.headings.map((h) => layout.lines[h.line].start);
  if (!headerEnds.length) headerEnds.push(Math.min(text.length, 1500));
  for (const end of headerEnds) {
    const from = Math.max(0, end - 1500);
    const header = folded.slice(from, end);
    DATELINE.lastIndex = 0;
    for (let m = DATELINE.exec(header); m; m = DATELINE.exec(header)) {
      const read = datelineAt(folded, from + m.index, m[0]);
      if (read) return read;
    }
  }
  return { province: null, date: null };
}

// The date of a dateline in words, its day left blank in a draft; or in figures ("Tp. Hồ Chí
// Minh, ngày 05/3/2024"), which counts only after a place, as a dateline has it.
const DATELINE = /ng[a-z]{0,2}y\s+(?:(?:\d{1,2}\s+|\.+\s*)?th[a-z]{0,3}ng\s+\d{0,2}\s*,?\s*n[a-z]{0,2}m\s+(?:19|20)\d{2}|\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d{2}(?!\d))/g;

/** The place and date of the dateline whose "ngày …" (`shown`, folded) starts at `at`, or null. */
function datelineAt(folded: string, at: number, shown: string): { province: Province | null; date: string | null } | null {
  const lineStart = folded.lastIndexOf('\n', at) + 1;
  const place = PLACE_DATE.exec(`${folded.slice(lineStart, at)}ngay `);
  const inFigures = !/th[a-z]{0,3}ng/.test(shown);
  if (inFigures && !place) return null;
  let province: Province | null = null;
  if (place) {
    const words = place[1].trim().split(/\s+/).slice(-4);
    for (let i = 0; i < words.length && !province; i++) province = provinceAt(words.slice(i))?.province ?? null;
    // A huyện's document is dated at the huyện ("Cam Lâm, ngày …"): its province.
    for (let i = 0; i < words.length && !province; i++) province = districtNamed(words.slice(i).join(' '), null)?.province ?? null;
  }
  const date = firstDate(folded, at, at + shown.length + 1);
  const day = inFigures || /ng[a-z]{0,2}y\s+(\d{1,2})\s+th/.test(shown);
  return { province, date: day && date ? date.iso : null };
}

/**
 * The issuer from the header's left column. The header is found by its national motto line
 * ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"): the left column is the capitals lines just above it
 * (skipping "Số:" and blank lines), plus the capitals lines below it when OCR glued the two
 * columns; the right column's words are cut off. The last agency named there issues the
 * document; the one above it (UBND TỈNH X) gives the province.
 */
function issuerFromHeader(text: string, folded: string, layout: Layout, province: Province | null): Issuer | null {
  const { lines } = layout;
  // A letter has no type heading: its header is at the top, above its "V/v" subject, and line
  // 15 stands in for the heading.
  const headingLines = layout.headings.length ? layout.headings.map((h) => h.line) : [Math.min(lines.length, 15)];
  for (const headingLine of headingLines) {
    const motto = findMotto(folded, lines, headingLine);
    if (motto < 0) continue;
    const parts: string[] = [leftPart(text, folded, lines[motto])];
    // A letter's subject ("V/v triển khai …", one or two lines) may stand under its number, just
    // above the motto: it is no line of the agency's name.
    const subject = letterSubjectAbove(folded, lines, motto);
    for (let i = motto - 1, n = 0; i >= 0 && n < 8; i--, n++) {
      if (i >= subject) continue;
      const s = leftPart(text, folded, lines[i]);
      // The rule printed under the agency's name ("-------") is no line of its name.
      // Nor is the number line, "Số: 12/QĐ-UBND" or the Party's "Số 120-HD/BTGTU".
      if (s === '' || RULE.test(s) || /^s\S{0,2}\s*(?::|\d)/i.test(fold(s))) continue;
      if (!isCapitalLine(s)) break;
      parts.unshift(s);
    }
    for (let i = motto + 1; i < headingLine && i <= motto + 4; i++) {
      const s = leftPart(text, folded, lines[i]);
      if (s === '' || RULE.test(s)) continue;
      if (!isCapitalLine(s)) break;
      parts.push(s);
    }
    const left = parts.filter((p) => p.length > 0).join(' ');
    if (!left) continue;
    const found = leftColumnIssuer(left, province);
    if (found) return found;
  }
  return null;
}

/** The line of a letter's "V/v" subject among the three lines above line `motto`, or Infinity. */
function letterSubjectAbove(folded: string, lines: Layout['lines'], motto: number): number {
  for (let i = motto - 1; i >= 0 && i >= motto - 3; i--) {
    if (/^\s*v\s*\/\s*v\b/.test(folded.slice(lines[i].start, lines[i].end))) return i;
  }
  return Infinity;
}

/** A header line without the right column's words that OCR glued onto it, trimmed. */
function leftPart(text: string, folded: string, line: Line): string {
  const cut = RIGHT_COLUMN.exec(` ${folded.slice(line.start, line.end)}`);
  const end = cut ? line.start + cut.index : line.end;
  return text.slice(line.start, Math.max(line.start, end)).trim();
}

// The words a committee's own bodies leave off their name in a header, by the committee's code.
const UNDER: Record<string, string[]> = { TU: ['tinh', 'uy'], UBND: ['ubnd'] };

// leftColumnIssuer() of the headers met so far (at most 10,000): an agency prints the same
// header on every document it issues.
const LEFT_COLUMNS = new Map<string, Issuer | null>();

/**
 * The issuer a header's left column names: the last agency in it, unless it ranks above the
 * first one named (UBND TỈNH X over its Sở), which then issues; null when it names none.
 */
function leftColumnIssuer(left: string, province: Province | null): Issuer | null {
  const key = `${province?.name ?? ''}\u0000${left}`;
  const known = LEFT_COLUMNS.get(key);
  if (known !== undefined) return known;
  const parent = issuerFromWords(left, { province, issuer: null });
  // Under a huyện's UBND, its Phòng: the parent lends them its locality; under a Bộ, its Vụ
  // and Cục ("BỘ Y TẾ / CỤC QUẢN LÝ KHÁM, CHỮA BỆNH") are that Bộ's.
  const lends = parent?.locality || (parent && parent.level === 4 && !parent.province && parent.name.startsWith('Bộ '));
  const context = { province: parent?.province ? provinceByName(parent.province) ?? province : province, issuer: lends ? parent : null };
  const words = issuerWords(left);
  const shown = shownWords(left);
  // A body printed under its committee leaves the committee's name off ("TỈNH ỦY X / BAN TUYÊN
  // GIÁO", "UBND TỈNH X / VĂN PHÒNG"): read it with that name after it too.
  const under = parent ? UNDER[parent.code ?? ''] : undefined;
  let issuer = parent;
  for (let i = words.length - 1; i >= 0; i--) {
    const found = issuerFromWordList(words.slice(i), context, shown.slice(i))
      ?? (under && i > 0 ? issuerFromWordList([...words.slice(i), ...under], context, [...shown.slice(i), ...under]) : null);
    // A body whose name ends the parent's is a part of its name ("THỦ TƯỚNG CHÍNH PHỦ").
    if (found && found.level >= (parent?.level ?? 0) && !(parent && parent !== found && parent.name.endsWith(` ${found.name}`))) {
      issuer = found;
      break;
    }
  }
  // A xã's body under its huyện's name: the huyện is its parent.
  if (issuer && parent && issuer !== parent && parent.locality && issuer.locality && parent.locality !== issuer.locality) {
    issuer = { ...issuer, parentLocality: parent.locality };
  }
  if (LEFT_COLUMNS.size < 10_000) LEFT_COLUMNS.set(key, issuer);
  return issuer;
}

/** The line of the national motto within the 15 lines above heading line `h`, or -1. */
function findMotto(folded: string, lines: Layout['lines'], h: number): number {
  for (let i = h - 1; i >= 0 && i >= h - 15; i--) {
    if (MOTTO.test(folded.slice(lines[i].start, lines[i].end))) return i;
  }
  return -1;
}

/** Not a bullet, and at least 60 % of its (two or more) cased letters are capitals. */
function isCapitalLine(s: string): boolean {
  if (/^[-+•*]/.test(s)) return false;
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < s.length; i++) {
    const kind = letterCase(s.charCodeAt(i));
    if (kind === 1) upper++;
    else if (kind === 2) lower++;
  }
  return upper + lower >= 2 && upper / (upper + lower) >= 0.6;
}

/** "GIÁM ĐỐC SỞ …" / "ỦY BAN NHÂN DÂN TỈNH …" standing before the "Căn cứ" clauses names the issuer. */
function authorityLine(text: string, folded: string, layout: Layout, province: Province | null): Issuer | null {
  for (const [from, to] of layout.preambles) {
    for (const line of layout.lines) {
      if (line.start < from || line.start >= Math.min(to, from + 600)) continue;
      const s = text.slice(line.start, line.end).trim();
      if (s.length < 6 || s !== s.toUpperCase()) continue;
      const found = issuerFromWords(s, { province, issuer: null });
      if (found) return found;
    }
  }
  return null;
}

// "tỉnh Khánh Hòa", and "Tỉnh ủy Khánh Hòa" too.
const AFTER_TINH = /tinh\s+(?:uy\s+)?((?:[a-z]+\s+){0,3}[a-z]+)/y;
// provinceOfPhrase() of the phrases met so far (at most 10,000).
const PHRASE_PROVINCES = new Map<string, Province | null>();

/** The province named at the start of a phrase of folded words ("khanh hoa ve viec"). */
function provinceOfPhrase(phrase: string): Province | null {
  let province = PHRASE_PROVINCES.get(phrase);
  if (province === undefined) {
    province = provinceAt(phrase.split(/\s+/))?.province ?? null;
    if (PHRASE_PROVINCES.size < 10_000) PHRASE_PROVINCES.set(phrase, province);
  }
  return province;
}

/** The province a text names most often after "tỉnh", for documents whose header lacks it. */
function mostNamedProvince(folded: string): Province | null {
  const counts = new Map<Province, number>();
  // "tinh" after a word boundary, found by indexOf (a native scan); the words after it read here.
  for (let at = folded.indexOf('tinh'); at >= 0; at = folded.indexOf('tinh', at + 1)) {
    if (at > 0 && /\w/.test(folded[at - 1])) continue;
    AFTER_TINH.lastIndex = at;
    const m = AFTER_TINH.exec(folded);
    if (!m) continue;
    const p = provinceOfPhrase(m[1]);
    if (p) counts.set(p, (counts.get(p) ?? 0) + 1);
    at = m.index + m[0].length - 1; // go on after the words read
  }
  let best: Province | null = null;
  for (const [p, c] of counts) if (!best || c > counts.get(best)!) best = p;
  return best;
}

function cleanTitle(raw: string): string | null {
  const t = raw.replace(/^#+\s*/gm, '').replace(/\s+/g, ' ').trim();
  return t ? repairTitle(t) : null;
}
