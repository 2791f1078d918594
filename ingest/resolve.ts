/**
 * Resolve found mentions against the citing document: canonical issuers, relations, the
 * relations the text states between two other documents, and one row per cited document and
 * relation (DOMAIN.md §6). Mentions whose issuer cannot be told are kept, with `issuer: null`.
 */
import type { Citation } from './citations.ts';
import { fold } from './fold.ts';
import { issuerFromCode, issuerFromWords, type CitingContext, type Issuer } from './issuers.ts';
import type { Identity } from './identity.ts';
import type { Layout } from './layout.ts';
import { lawCitedByName } from './laws.ts';
import { actOfMentionBefore, clauseRelation, expiresWithThis, listAct, listLeads, mayEndInAct, preambleOpeners, selfAct, startsMainClause, statedBetween, type Relation } from './relations.ts';
import { THUC_HIEN, TRIEN_KHAI } from './verbs.ts';
import { repairTitle } from './vocabulary.ts';

/** A cited document with everything the graph needs; `toRow` (extract.ts) projects it to §6. */
export interface Resolved {
  number: string | null;
  type: string | null;
  issuer: Issuer | null;
  /** ISO date `YYYY-MM-DD` or null. */
  date: string | null;
  /** Year written inside a normative number (`61/2018/NĐ-CP` → 2018), else null. */
  numberYear: number | null;
  /** Type and issuer codes inside the number (`QĐ`, `UBND`), null when it has none. */
  numberTypeCode: string | null;
  numberIssuerCode: string | null;
  relation: Relation;
  title: string | null;
  quote: string;
  /** UTF-16 offsets of `quote` in the decoded text. */
  start: number;
  end: number;
  confidence: number;
  /** For a relation the text states between two other documents: the other's number. */
  target: string | null;
  targetRef: Resolved | null;
  stated: boolean;
}

/** Which issuer a citation names: its "của …" words when they tell, else its code. */
function citedIssuer(c: Citation, ctx: CitingContext): Issuer | null {
  if (!c.number) return c.issuerWords ? issuerFromWords(c.issuerWords, ctx) : null;
  const fromWords = c.issuerWords ? issuerFromWords(c.issuerWords, ctx) : null;
  const fromCode = issuerFromCode(c.number.issuerCode, ctx);
  if (!fromCode) return fromWords;
  // A Ban or Sở citing under its own code cites itself (DOMAIN.md §2: "của Sở"), unless the
  // words name that kind of body elsewhere: at another level (a huyện's UBND citing its
  // province's) or in another province (a UBND citing another province's UBND).
  const elsewhere = fromWords?.code === fromCode.code && !samePlace(fromWords, fromCode);
  if (fromCode === ctx.issuer && !elsewhere) return fromCode;
  if (!fromWords) return fromCode;
  // Words name the exact body (Bộ Chính trị for TW) or another province's or huyện's body of the code's kind.
  if (fromWords.code === fromCode.code || (fromCode.code === 'TW' && fromWords.level === 1)) return fromWords;
  return fromCode;
}

function confidence(c: Citation, issuer: Issuer | null): number {
  let score = 0.97;
  score -= 0.08 * Math.min(3, c.number?.repairs ?? 0);
  if (!c.date) score -= 0.05;
  else if (!c.date.near) score -= 0.1;
  if (!issuer) score -= 0.1;
  else if (!c.issuerWords && c.number && !c.number.issuer) score -= 0.05;
  if (!c.type) score -= 0.1;
  if (!c.number) score -= 0.05;
  return Math.max(0.3, Math.round(score * 100) / 100);
}

/**
 * A sentence or clause boundary between two citations: they cannot state a relation across it.
 * A colon that ends its line opens what follows ("… có ý kiến như sau:\nGiao Sở Nội vụ …").
 */
function crossesSentence(gap: string, row = false): boolean {
  // Within one row of a table, a cell's ";" ends no sentence ("| Khoản 3 Điều 6; Điều 11 | Được
  // sửa đổi, bổ sung bởi …").
  if ((row || gap.includes('|')) && !gap.includes('\n')) return /\.\s+\p{Lu}|:[ \t]*$/u.test(gap);
  return /;|\.\s+\p{Lu}|\n\s*\n|\n\s*[-+•]|:[ \t]*\r?\n/u.test(gap);
}

// What joins the next document to a list the citing document acts on ("Nghị định này thay thế
// Nghị định số 24/2014/NĐ-CP … và Nghị định số 107/2020/NĐ-CP"): "và", "hoặc" or a comma after
// what the text says of the one before (its issuer and subject, "… của Giám đốc Sở Tư pháp ban
// hành Quy chế làm việc của Sở Tư pháp tỉnh Bình Phước và"), in the same clause. A line may
// wrap inside it (a scan, a PDF copy); a blank line, a bullet or an item's number starts another.
// A short note in brackets without a number goes with the issuer: "của Ủy ban nhân dân tỉnh
// Tuyên Quang (trước sắp xếp) quy định … và". What the text says of an item may run to 320
// units (a resolution's whole subject, "quy định chính sách hỗ trợ đối với cán bộ … giai đoạn
// 2019 - 2021 trên địa bàn tỉnh Lạng Sơn và").
const LIST_NEXT = /^(?:[^;.:()\n]|\([^();\n\d]{0,40}\)|\n(?![ \t]*(?:\n|[-+*]|\d{1,3}[.)]|[a-z]\)))){0,320}?(?:,|\bva|\bhoac)\s*$/;

/**
 * Where the clause holding offset `at` starts: after the last `;`, sentence end, blank line or
 * bullet, at most 400 code units back (an enacting formula with a long subject: "Bộ trưởng Bộ
 * Tài chính ban hành Thông tư sửa đổi, bổ sung một số điều của Thông tư số … để hướng dẫn …").
 */
function clauseStart(text: string, at: number): number {
  const from = Math.max(0, at - 400);
  const span = text.slice(from, at);
  const re = /;|\.\s+|\n\s*\n|\n\s*[-+•]/g;
  let start = from;
  for (let m = re.exec(span); m; m = re.exec(span)) start = from + m.index + m[0].length;
  // In a table row a cell's ";" ends no clause (see crossesSentence): its clause starts with the
  // cell ("| Quy định …; hướng dẫn Nghị định số …; thay thế …" is what the row's document does).
  if (span.charCodeAt(start - from - 1) !== 59 /* ; */) return start;
  const line = span.lastIndexOf('\n') + 1;
  const cell = span.lastIndexOf('|');
  return cell >= line && from + cell < start ? from + cell + 1 : start;
}

/**
 * Resolve the mentions of one document. `text` and `folded` are the decoded text and its
 * fold; `self` its identity. Returns the rows in text order, merged per cited document,
 * relation and target.
 */
export function resolveCitations(citations: Citation[], self: Identity, text: string, folded: string, layout: Layout): Resolved[] {
  const ctx: CitingContext = { province: self.province, issuer: self.issuer };
  const openers = preambleOpeners(text, folded, layout, citations);
  const leads = listLeads(folded, layout.lines);
  const [docStart, docEnd] = layout.document;
  const kept = citations.filter((c) => !c.attachmentNote && !isSelf(c, self) && c.start >= docStart && c.start < docEnd);
  // A consolidated text (Văn bản hợp nhất) makes no act of its own: the acts in it are those of
  // the documents it consolidates, quoted ("Bộ trưởng Bộ Y tế ban hành Thông tư sửa đổi … Thông
  // tư số 52/2017/TT-BYT" in a footnote). Pháp lệnh 01/2012/UBTVQH13, Điều 2.
  const acts = self.type !== 'Văn bản hợp nhất';
  let actOn: Relation | null = null; // the act of the citing document on the mention before
  const acted: boolean[] = []; // the document's act verb stands right before mention i
  const resolved: Resolved[] = kept.map((c, i) => {
    const issuer = citedIssuer(c, ctx);
    let verb: Relation | null = null;
    if (acts && mayEndInAct(folded.slice(Math.max(0, c.start - 200), c.start))) {
      // A title under a type heading is the document's own predicate; a letter's subject line
      // ("V/v …") is not read so.
      const ownTitle = layout.headings.length > 0 && layout.titles.some(([s, e]) => c.start >= s && c.start < e);
      const from = clauseStart(text, c.start);
      verb = selfAct(folded.slice(from, c.start), c.start < (layout.bodyStarts[0] ?? text.length), ownTitle);
      // The verb after another document's description in the clause tells of that document.
      if (verb && i > 0 && kept[i - 1].end > from && actOfMentionBefore(folded.slice(kept[i - 1].end, c.start))) verb = null;
    }
    // "… hết hiệu lực kể từ ngày Quyết định này có hiệu lực": replaced by the citing document.
    if (!verb && acts && c.expiryAt !== null && expiresWithThis(folded.slice(c.expiryAt, c.expiryAt + 90))) verb = 'REPLACES';
    acted.push(verb !== null);
    const act = verb ?? (actOn && i > 0 && LIST_NEXT.test(folded.slice(kept[i - 1].end, c.start)) ? actOn : null);
    actOn = act;
    const relation = act ?? (acts ? listAct(folded, layout.lines, leads, c.start, i > 0 ? kept[i - 1].start : -1) : null) ?? clauseRelation(c.start, text, folded, layout, openers, citations);
    return {
      number: c.number?.number ?? null,
      type: c.type,
      issuer,
      date: c.date?.iso ?? null,
      numberYear: c.number?.year ?? null,
      numberTypeCode: c.number?.type?.code ?? null,
      numberIssuerCode: c.number?.issuerCode ?? null,
      relation,
      title: citedTitle(c),
      quote: text.slice(c.start, c.end),
      start: c.start,
      end: c.end,
      confidence: confidence(c, issuer),
      target: null,
      targetRef: null,
      stated: false,
    };
  });
  lendNamedIssuers(kept, resolved);
  numberLawsByName(resolved);
  dateLawsByYear(resolved);
  return merge([...resolved, ...statedRelations(kept, resolved, text, folded, acted)]);
}

// The types of documents the text cites by name (citations.ts, findLawsByName).
const BY_NAME = new Set(['Luật', 'Bộ luật', 'Pháp lệnh']);

/**
 * A law cited by name and date ("Luật Đất đai ngày 18 tháng 01 năm 2024") and again by name and
 * year ("theo quy định của Luật Đất đai năm 2024") is one law: the row by year takes the dated
 * row's name and date. Rows are changed in place.
 */
function dateLawsByYear(rows: Resolved[]): void {
  const dated = rows.filter((r) => !r.number && r.date && r.title && BY_NAME.has(r.type ?? ''));
  if (!dated.length) return;
  for (const r of rows) {
    const named = !r.number && r.title && BY_NAME.has(r.type ?? '') ? / năm (\d{4})$/.exec(r.title) : null;
    if (!named) continue;
    const name = fold(r.title!.slice(0, named.index));
    const law = dated.find((d) => d.type === r.type && d.date!.startsWith(named[1]) && fold(d.title!) === name);
    if (law) Object.assign(r, { title: law.title, date: r.date ?? law.date });
  }
}

/**
 * A law the text cites by name and number ("Luật Nhà ở số 27/2023/QH15 ngày 27/11/2023") and
 * again by name and year ("Luật Nhà ở năm 2023") or name and date is one law: the rows by name
 * take its number (and its date when they have none). Rows are changed in place.
 */
function numberLawsByName(rows: Resolved[]): void {
  const numbered = rows.filter((r) => r.number && r.numberIssuerCode?.startsWith('QH') && r.title);
  if (!numbered.length) return;
  for (const r of rows) {
    if (r.number || !r.title || (r.type !== 'Luật' && r.type !== 'Bộ luật')) continue;
    const named = / năm (\d{4})$/.exec(r.title);
    const name = fold(named ? r.title.slice(0, named.index) : r.title);
    const year = named ? Number(named[1]) : r.date ? Number(r.date.slice(0, 4)) : null;
    const law = numbered.find((n) => fold(n.title!) === name && (year === null || n.numberYear === year));
    if (!law) continue;
    Object.assign(r, { number: law.number, numberYear: law.numberYear, numberTypeCode: law.numberTypeCode, numberIssuerCode: law.numberIssuerCode, date: r.date ?? law.date });
  }
}

/**
 * A number whose issuer the text names in words once ("Kế hoạch số 164/KH-UBND … của UBND tỉnh
 * Lào Cai") is that body's where the text repeats it with its code alone ("theo yêu cầu tại Kế
 * hoạch số 164/KH-UBND"), which would otherwise be the citing body's own (a xã's UBND). Not
 * when the two fall in different years: numbers restart every year. `rows[i]` resolves
 * `mentions[i]`; issuers are set in place.
 */
function lendNamedIssuers(mentions: readonly Citation[], rows: Resolved[]): void {
  const named = new Map<string, Resolved>();
  mentions.forEach((c, i) => {
    const r = rows[i];
    if (c.issuerWords && r.number && r.issuer && !named.has(r.number)) named.set(r.number, r);
  });
  mentions.forEach((c, i) => {
    const r = rows[i];
    const by = !c.issuerWords && r.number ? named.get(r.number) : undefined;
    if (!by || !r.issuer || by.issuer!.code !== r.issuer.code) return;
    const [a, b] = [yearOf(by), yearOf(r)];
    if (a === null || b === null || a === b) r.issuer = by.issuer;
  });
}

/**
 * The subject a citation states, its words repaired where OCR damaged them (vocabulary.ts); a
 * law cited by a name the law table knows takes the table's name ("Luật Té chirc chinh quyén
 * dia phuong" → "Luật Tổ chức chính quyền địa phương"), its "năm 2015" kept.
 */
function citedTitle(c: Citation): string | null {
  if (!c.title) return null;
  if (!c.number) {
    const { name, law } = lawCitedByName(c.title, c.date?.iso ?? null);
    if (law) return law.name + c.title.slice(name.length);
  }
  // The words as printed are repaired; the mention they end with is named canonically already.
  const subject = repairTitle(c.title);
  return c.titleObject ? `${subject} ${c.titleObject}` : subject;
}

/**
 * Does the mention name the citing document itself? Same number, and not a different date:
 * numbers restart every year (Nghị định 30/2020/NĐ-CP, Điều 15), so "3/KH-SXD ngày 18/11/2018"
 * cited by the Sở's 3/KH-SXD of 2019 is last year's plan.
 */
function isSelf(c: Citation, self: Identity): boolean {
  if (!c.number || !self.numberMatch || c.number.number !== self.numberMatch.number) return false;
  return !c.date || !self.date || c.date.iso === self.date;
}

/** A law of the Quốc hội or its standing committee: by its type, or by its number (77/2015/QH13). */
function isLaw(r: Resolved): boolean {
  return BY_NAME.has(r.type ?? '') || r.type === 'Hiến pháp' || /^(?:QH|UBTVQH)\d/.test(r.numberIssuerCode ?? '');
}

/**
 * Relations stated between two cited documents in one sentence: "A … về triển khai thực hiện
 * B" (A IMPLEMENTS B), "A … hướng dẫn thi hành … B" (A GUIDES B), "B … được sửa đổi, bổ sung
 * bởi A" (A AMENDS B); and "… thực hiện B … được ban hành kèm theo Quyết định A" (A, which
 * carries the unnumbered act, IMPLEMENTS B).
 */
function statedRelations(cs: Citation[], rs: Resolved[], text: string, folded: string, acted: readonly boolean[]): Resolved[] {
  const stated: Resolved[] = [];
  // The last act stated with its object: "A (thay thế B và C)" acts on C too, when C is of B's
  // type ("Kế hoạch A thực hiện Chỉ thị B và Kế hoạch C" lists C beside A). Said in the passive,
  // the list goes on with actors: "B, được sửa đổi, bổ sung bởi Nghị định A và Nghị định C".
  type Act = { actor: Resolved; object: Resolved; relation: Relation; passive: boolean };
  let last = null as Act | null;
  const through = new Set<Resolved>(); // objects the document carries out only through another
  for (let i = 1; i < cs.length; i++) {
    const a = cs[i - 1];
    const b = cs[i];
    const gapStart = a.number ? a.number.end : a.end;
    const before = last as Act | null;
    last = null;
    if (b.start - gapStart > 400) continue;
    const gap = text.slice(gapStart, b.start);
    if (crossesSentence(gap, gap.includes(';') && sameRow(text, a.start, b.start))) continue;
    const verb = statedBetween(folded.slice(gapStart, b.start));
    // A verb has one subject: when it is the citing document's act on B, A does not act on B.
    if (verb && !verb.reversed && acted[i]) continue;
    if (verb && verb.relation === 'IMPLEMENTS' && anotherPurpose(text, folded, a.start, gapStart, b.start)) continue;
    // (A main clause starts after a comma: most gaps have none.)
    if (verb && gap.includes(',') && OPENING_CLAUSE.test(folded.slice(clauseStart(text, a.start), a.start)) && startsMainClause(text, folded, gapStart, b.start)) continue;
    if (verb) {
      // "A … hướng dẫn thi hành Luật L, đã được sửa đổi, bổ sung bởi B": after a comma, the
      // passive is said of A, the head of the phrase; without one ("L (được sửa đổi bởi B)"), of L.
      // So too when L is a law and B is not: a decree amends no law ("A quy định chi tiết … Luật
      // Việc làm về bảo hiểm thất nghiệp, đã được sửa đổi, bổ sung bởi Nghị định B").
      // In a table, a passive in another cell of the row tells of the row's document.
      const head = before && (/^[\s)]*,/.test(gap) || (gap.includes('|') && !gap.includes('\n')) || (isLaw(rs[i - 1]) && !isLaw(rs[i]))) ? before.actor : rs[i - 1];
      // "A quy định chi tiết … Luật L về … (thay thế B)": a parenthesis after A's object tells of A.
      // So does a table row: its cell lists what the row's document does ("| Thông tư số A | … |
      // …; hướng dẫn Nghị định số B; thay thế Thông tư số C |").
      const actor = before && (/\([^()]*$/.test(gap) || sameRow(text, before.actor.start, b.start)) ? before.actor : rs[i - 1];
      if (verb.reversed) {
        addStated(stated, rs[i], head, verb.relation);
        last = { actor: rs[i], object: head, relation: verb.relation, passive: true };
      } else {
        addStated(stated, actor, rs[i], verb.relation);
        last = { actor, object: rs[i], relation: verb.relation, passive: false };
        carriedOutThrough(actor, rs[i], through);
      }
      continue;
    }
    if (before && rs[i].type === (before.passive ? before.actor : before.object).type && LIST_NEXT.test(folded.slice(gapStart, b.start))) {
      if (before.passive) {
        addStated(stated, rs[i], before.object, before.relation);
        last = { ...before, actor: rs[i] };
      } else {
        addStated(stated, before.actor, rs[i], before.relation);
        last = { ...before, object: rs[i] };
        carriedOutThrough(before.actor, rs[i], through);
      }
      continue;
    }
    // "… thực hiện A … được ban hành kèm theo Quyết định B": B's act carries out A.
    // (Blanks in the pattern are \s+ or \s*: squeezing the gap's blanks would change nothing.)
    if (/(?:duoc\s+)?ban\s+h[a-z]nh\s+k[a-z]m\s+theo\s*$/.test(folded.slice(gapStart, b.start))) {
      const from = clauseStart(text, a.start);
      const lead = statedBetween(folded.slice(from, a.start));
      // Not when the verb before A is the citing document's own act ("bãi bỏ Quyết định số A …").
      if (lead && !lead.reversed && !acted[i - 1]) addStated(stated, rs[i], rs[i - 1], lead.relation);
    }
  }
  return stated;
}

/** Do offsets `a` < `b` stand on one line that is a table row ("| … |")? */
function sameRow(text: string, a: number, b: number): boolean {
  if (text.slice(a, b).includes('\n')) return false;
  const line = text.lastIndexOf('\n', a) + 1;
  return /^\s*\|/.test(text.slice(line, line + 8));
}

// An opening clause of what the document carries out, before its main clause ("Thực hiện …,
// Sở … xây dựng Kế hoạch …"), or of its purpose.
const OPENING_CLAUSE = new RegExp(`^\\s*(?:[-+*]\\s*)?(?:${THUC_HIEN}|${TRIEN_KHAI}|de|nham)\\s`);
// A purpose clause lists the citing document's purposes, each after a comma: "Để triển khai thi
// hành … Luật Đất đai số 31/2024/QH15 và các văn bản quy định chi tiết, tiếp tục thực hiện Nghị
// quyết số 18-NQ/TW, Thủ tướng Chính phủ chỉ thị:" carries out both.
const PURPOSE_OPENS = /^\s*(?:[-+*]\s*)?(?:de|nham)\s/;
const NEXT_PURPOSE = new RegExp(`,\\s+(?:tiep\\s+tuc\\s+)?(?:${THUC_HIEN}|${TRIEN_KHAI}(?:\\s+${THUC_HIEN})?)(?:\\s+(?:tot|nghiem\\s+tuc|co\\s+hieu\\s+qua))?\\s*$`);

/**
 * Does the "thực hiện" that ends the gap [gapStart, bStart) start another purpose of the citing
 * document: after a comma, in a clause opened by "Để" / "Nhằm" that holds the mention at `aStart`?
 */
function anotherPurpose(text: string, folded: string, aStart: number, gapStart: number, bStart: number): boolean {
  return NEXT_PURPOSE.test(folded.slice(gapStart, bStart)) && PURPOSE_OPENS.test(folded.slice(clauseStart(text, aStart), aStart));
}

/**
 * "Thực hiện Kế hoạch số A … triển khai thực hiện Quyết định số B": the document carries out A,
 * and B only through A: B, the object of A's act in the same clause, is mentioned (CITES). So
 * for a legal basis: "Căn cứ Luật số 43/2024/QH15 sửa đổi … Luật Nhà ở số 27/2023/QH15" rests on
 * 43/2024 and mentions 27/2023 (three writers of test/fixtures/independent read it so). A legal
 * basis's amendment, said in the passive, stays a legal basis ("Căn cứ Nghị định A … được sửa
 * đổi bởi B"): this is called for the document an act names after its actor only.
 */
function carriedOutThrough(actor: Resolved, object: Resolved, through: Set<Resolved>): void {
  // Down a chain too: "Thực hiện A về triển khai B sửa đổi C": C as B.
  for (const relation of ['IMPLEMENTS', 'BASED_ON'] as const) {
    if ((actor.relation === relation || through.has(actor)) && object.relation === relation) {
      object.relation = 'CITES';
      through.add(object);
    }
  }
}

/** Add to `stated` the row for "`actor` `relation` `other`", if the actor can be named. */
function addStated(stated: Resolved[], actor: Resolved, other: Resolved, relation: Relation): void {
  if (!actor.number && !actor.title) return;
  stated.push({ ...actor, relation, target: other.number ?? other.title, targetRef: other, stated: true,
    confidence: Math.max(0.3, Math.round((actor.confidence - 0.05) * 100) / 100) });
}

/** The year of a row's document: the one in its number, else its date's, else null. */
function yearOf(r: Resolved): number | null {
  return r.numberYear ?? (r.date ? Number(r.date.slice(0, 4)) : null);
}

/**
 * Could two mentions' issuers be one body? Yes when either is unknown, else when they sit in
 * the same province and locality: numbers restart per issuer, so 12/KH-UBND of UBND huyện Cam
 * Lâm and of UBND tỉnh Khánh Hòa are two documents.
 */
function samePlace(a: Issuer | null, b: Issuer | null): boolean {
  return !a || !b || (a.province === b.province && (a.locality ?? null) === (b.locality ?? null));
}

/**
 * One row per (cited document, relation, target), and no CITES row for a document with another
 * relation; later mentions fill a missing date or title.
 * Two mentions of one number are one document unless their dates fall in different years:
 * numbers restart every year, so 2/CT-TTg of 2015 and 2/CT-TTg of 2017 are two documents; or
 * their issuers sit in different places (see `samePlace`).
 */
function merge(rows: Resolved[]): Resolved[] {
  // A mention without a date takes the date of the other mentions of its number, if they agree.
  const datesByNumber = new Map<string, Set<string>>();
  for (const r of rows) if (r.number && r.date) datesByNumber.set(r.number, (datesByNumber.get(r.number) ?? new Set()).add(r.date));
  const byKey = new Map<string, Resolved[]>();
  const merged: Resolved[] = [];
  for (const r of rows) {
    const id = `${r.number ?? r.title}|${r.relation}|${r.target ?? ''}`;
    let same = byKey.get(id);
    if (!same) byKey.set(id, (same = []));
    const known = same.find((k) => sameDocument(k, r));
    if (!known) {
      const row = { ...r, date: r.date ?? dateOfOthers(r, datesByNumber) };
      same.push(row);
      merged.push(row);
      continue;
    }
    fillFrom(known, r);
  }
  // A document the citing one rests on, carries out or acts on is mentioned too: its plain
  // mentions elsewhere (CITES) add no row of their own (DOMAIN.md §6: repeated mentions may add
  // quotes, not rows), only what they tell of it.
  const acted = merged.filter((r) => !r.stated && r.relation !== 'CITES');
  const kept = merged.filter((r) => {
    if (r.stated || r.relation !== 'CITES') return true;
    const other = acted.find((a) => (a.number ?? a.title) === (r.number ?? r.title) && sameDocument(a, r));
    if (other) fillFrom(other, r);
    return !other;
  });
  return kept.sort((a, b) => a.start - b.start || Number(a.stated) - Number(b.stated));
}

/** The one date the other mentions of `r`'s number give in the number's own year (61/2018/… → 2018), or null. */
function dateOfOthers(r: Resolved, datesByNumber: Map<string, Set<string>>): string | null {
  const dates = r.number ? datesByNumber.get(r.number) : undefined;
  if (!dates) return null;
  let only: string | null = null;
  for (const d of dates) {
    if (r.numberYear && !d.startsWith(String(r.numberYear))) continue;
    if (only !== null) return null;
    only = d;
  }
  return only;
}

/** Can two rows of one number (or title) be one document: years that agree, and `samePlace`? */
function sameDocument(a: Resolved, b: Resolved): boolean {
  const ya = yearOf(a);
  const yb = yearOf(b);
  return (ya === null || yb === null || ya === yb) && samePlace(a.issuer, b.issuer);
}

/** Fill what `row` lacks (title, issuer, a date in its number's year) from another mention of it. */
function fillFrom(row: Resolved, other: Resolved): void {
  row.title ??= other.title;
  row.issuer ??= other.issuer;
  if (!row.date && other.date && (!row.numberYear || other.date.startsWith(String(row.numberYear)))) row.date = other.date;
}
