/**
 * Words of document subjects and agency names, for text OCR left without its diacritics or
 * with damaged letters (DOMAIN.md §3): "PHAT TRIEN" → "phát triển", and in a title read by
 * OCR, "nim" → "năm", "ciia" → "của", "Thwong" → "Thương". A word is changed only when the
 * vocabulary gives it one form, or one form that the neighbouring words make a known phrase
 * with; otherwise it is left as it is, so nothing is guessed. Pure.
 */
import { NAMES_OF_CODES } from './codes.ts';
import { fold, isDigit } from './fold.ts';
import { PROVINCES } from './provinces.ts';

// Phrases of document subjects (one per comma); with the names of agencies, document types and
// provinces they give the words and which word may follow which. A number is written `#`.
const PHRASES = `phát triển, đầu tư, xây dựng, công trình, giao thông, dân dụng, công nghiệp,
nông nghiệp, khu kinh tế, di tích, rừng phòng hộ, bảo tồn, dự án, quản lý, cải cách hành chính,
tuyên truyền, truyền thông, kế hoạch, chương trình, thành phố, thị xã, huyện, tỉnh, xã, phường,
thị trấn, văn phòng, trung tâm, dịch vụ công, đô thị, hạ tầng, thủy lợi, môi trường,
tài nguyên, y tế, giáo dục, đào tạo, văn hóa, thể thao, du lịch, lao động, thương binh và xã hội,
nội vụ, tư pháp, tài chính, kiểm tra, thanh tra, chính phủ, chính quyền địa phương, nhà nước,
vùng biển đảo, sông, cảng hàng không, điện lực, nước sạch, nhân dân, ủy ban nhân dân,
hội đồng nhân dân, của ủy ban nhân dân, của hội đồng nhân dân, tổ chức, hoạt động, quy chế, chức năng nhiệm vụ quyền hạn, cơ cấu,
giai đoạn # #, năm #, tăng cường, thông tin, đề án, ban hành, về việc, thực hiện, triển khai, phê duyệt,
công tác, trên địa bàn, phổ biến, pháp luật, công chức,
viên chức, cán bộ, đơn vị, cơ quan, hành chính nhà nước, tổng kết, sơ kết, kết quả, nâng cao,
hiệu quả, chất lượng, chỉ số, hài lòng, người dân, doanh nghiệp, thủ tục, một cửa, liên thông,
số hóa, chuyển đổi số, chính quyền số, chính quyền điện tử, ứng dụng, công nghệ thông tin,
kiện toàn, sửa đổi bổ sung, thay thế, bãi bỏ, hướng dẫn, quy định, chi tiết, thi hành, một số,
chức năng nhiệm vụ quyền hạn và cơ cấu tổ chức, sắp xếp, tổ chức lại, sáp nhập, đổi tên,
phòng chuyên môn, trực thuộc, đẩy mạnh, nâng cao chất lượng, tham mưu, giải quyết công việc,
lề lối làm việc, cải tiến, phối hợp, dự toán ngân sách nhà nước, kinh tế xã hội, phòng chống,
tổ chức thực hiện, triển khai thực hiện, kế hoạch thực hiện, về việc ban hành,
điều, luật, ngày, tháng, đối với, trong, các, và, về, cho, tại, theo, để, từ, đến, với`;

// A province's Sở carry the names of the ministries above them (Sở Nội vụ under Bộ Nội vụ).
const BODIES = [...NAMES_OF_CODES, ...NAMES_OF_CODES.filter((n) => n.startsWith('Bộ ')).map((n) => n.replace('Bộ', 'Sở'))];

const PHRASE_LIST = [
  ...PHRASES.split(','),
  ...BODIES.map((name) => `của ${name}`),
  ...PROVINCES.map((p) => `${p.kind} ${p.name}`),
]
  .map((p) => p.trim().toLowerCase().split(/[\s,–]+/).filter((w) => w.length > 0))
  .filter((p) => p.length > 0);

// The vocabulary's forms of each folded word; for each form, the folded words that may come
// before it ("lao động": BEFORE of "động" has "lao") and after it (AFTER of "lao" has "dong").
const FORMS = new Map<string, string[]>();
const BEFORE = new Map<string, Set<string>>();
const AFTER = new Map<string, Set<string>>();
const add = (pairs: Map<string, Set<string>>, form: string, key: string) => pairs.set(form, (pairs.get(form) ?? new Set()).add(key));
for (const phrase of PHRASE_LIST) {
  phrase.forEach((word, i) => {
    const key = fold(word);
    const forms = FORMS.get(key) ?? [];
    if (!forms.includes(word)) forms.push(word);
    FORMS.set(key, forms);
    if (i > 0) add(BEFORE, word, fold(phrase[i - 1]));
    if (i + 1 < phrase.length) add(AFTER, word, fold(phrase[i + 1]));
  });
}

/**
 * The letters of a folded word that OCR's look-alikes never touch (see `ocrCost`): without
 * vowels and without the letters a look-alike may be read as (d, w, i, l, t, j, r). A word
 * within reach of another has the same first letter and the same outline.
 */
const outline = (key: string) => key[0] + key.slice(1).replace(/[aeiouydwltjr]/g, '');
const FOLDED = new Map([...FORMS.values()].flat().map((form) => [form, fold(form)]));
const KEYS_BY_OUTLINE = new Map<string, string[]>();
for (const key of FORMS.keys()) KEYS_BY_OUTLINE.set(outline(key), [...(KEYS_BY_OUTLINE.get(outline(key)) ?? []), key]);
// Words listed on their own: sure enough to restore without a neighbour to vouch for them.
const SURE = new Set(PHRASE_LIST.filter((p) => p.length === 1).map((p) => p[0]));

/**
 * The text's words with their diacritics restored where the vocabulary is sure: a word
 * without diacritics gets the vocabulary's form of it when there is one, or when its
 * neighbours make one form a known phrase ("lao dong" → "lao động", "hoi dong" → "hội đồng").
 * `text` is words separated by single spaces; the result keeps them and their case.
 */
export function restoreDiacritics(text: string): string {
  const words = text.split(' ');
  const keys = words.map((w) => fold(w));
  return words.map((w, i) => (keys[i] === w.toLowerCase() ? restoreWord(w, keys[i], keys, i, 'unique') : w)).join(' ');
}

/**
 * A title as OCR left it, its words restored: when it has fewer letters of Vietnamese's own
 * (outside Latin-1: ă, đ, ơ, ư, ạ, ế …) than a third of its words (the mark of text read by an
 * OCR that knows only Latin-1 letters such as é, or typed without diacritics), each word the
 * vocabulary knows by its folded letters gets its form, and a word it does not know becomes the
 * one vocabulary word it differs from only by OCR's look-alike letters (see `ocrCost`).
 * A title written with its diacritics is returned unchanged. Punctuation and spacing are kept.
 */
export function repairTitle(title: string): string {
  let words = 1;
  let marked = 0;
  for (let i = 0; i < title.length; i++) {
    const c = title.charCodeAt(i);
    if (c === 32) words++;
    else if (c > 0xff && (c < 0x2000 || c > 0x206f)) marked++;
  }
  if (marked * 3 >= words) return title;
  const folded = fold(title);
  const { starts, ends, keys, lettered } = wordsOf(folded);
  const read = keys.slice(); // the keys as read; `keys` takes each repair, for its neighbours
  const repaired: Array<string | null> = starts.map(() => null);
  let changed = false;
  // Twice, so that a word whose neighbours were damaged too is read again with them repaired.
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < starts.length; i++) {
      if (!lettered[i] || repaired[i] !== null || (pass === 1 && repaired[i - 1] == null && repaired[i + 1] == null)) continue;
      const forms = FORMS.get(read[i]);
      const form = forms ? choose(forms, keys, i, 'sure') : choose(nearestForms(read[i]), keys, i, 'phrase');
      if (form === null) continue;
      const cased = inCaseOf(title, starts[i], ends[i], form);
      if (title.startsWith(cased, starts[i])) continue;
      repaired[i] = cased;
      keys[i] = FOLDED.get(form)!;
      changed = true;
    }
    if (!changed) return title;
  }
  let out = '';
  let last = 0;
  for (let i = 0; i < starts.length; i++) {
    if (repaired[i] === null) continue;
    out += title.slice(last, starts[i]) + repaired[i];
    last = ends[i];
  }
  return out + title.slice(last);
}

const isAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c >= 0xc0;

/** The words of folded text: runs of letters and digits, with their keys (see `keyOf`). */
function wordsOf(folded: string): { starts: number[]; ends: number[]; keys: string[]; lettered: boolean[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  const keys: string[] = [];
  const lettered: boolean[] = [];
  for (let i = 0; i < folded.length; ) {
    if (!isAlnum(folded.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    let letter = false;
    for (; j < folded.length && isAlnum(folded.charCodeAt(j)); j++) if (!isDigit(folded.charCodeAt(j))) letter = true;
    starts.push(i);
    ends.push(j);
    keys.push(keyOf(folded.slice(i, j)));
    lettered.push(letter);
    i = j;
  }
  return { starts, ends, keys, lettered };
}

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
 * How sure a word's reading must be: `unique` takes the vocabulary's only form of it; `sure`
 * takes it only for a word the vocabulary lists on its own (SURE); `phrase` takes only a form
 * that makes a known phrase with a neighbour. A form that does is taken in every case.
 */
type Need = 'unique' | 'sure' | 'phrase';

/** The vocabulary's form of the word at `i` whose folded letters are `key`, in `word`'s case. */
function restoreWord(word: string, key: string, keys: string[], i: number, need: Need): string {
  const form = choose(FORMS.get(key) ?? [], keys, i, need);
  return form ? inCaseOf(word, 0, word.length, form) : word;
}

/** The one candidate a neighbour makes a known phrase with, or the one `need` allows; else null. */
function choose(candidates: string[], keys: string[], i: number, need: Need): string | null {
  if (candidates.length === 1 && (need === 'unique' || (need === 'sure' && SURE.has(candidates[0])))) return candidates[0];
  let paired: string | null = null;
  for (const c of candidates) {
    if (!BEFORE.get(c)?.has(keys[i - 1]) && !AFTER.get(c)?.has(keys[i + 1])) continue;
    if (paired) return null;
    paired = c;
  }
  return paired;
}

// nearestForms() of the folded words met so far (at most 10,000): OCR repeats its misreadings.
const NEAREST = new Map<string, string[]>();

/** The vocabulary's forms of the words nearest to folded `key` by `ocrCost`, within reach. */
function nearestForms(key: string): string[] {
  const known = NEAREST.get(key);
  if (known) return known;
  let best = Infinity;
  let nearest: string[] = [];
  for (const k of KEYS_BY_OUTLINE.get(outline(key)) ?? []) {
    if (Math.abs(k.length - key.length) > 2) continue;
    const cost = ocrCost(key, k);
    if (cost > (k.length <= 3 ? 0.5 : 1)) continue;
    if (cost < best) [best, nearest] = [cost, []];
    if (cost === best) nearest.push(...FORMS.get(k)!);
  }
  if (NEAREST.size < 10_000) NEAREST.set(key, nearest);
  return nearest;
}

const VOWELS = new Set('aeiouy');
const STROKES = new Set('iltj');

/**
 * The cost of reading vocabulary letters `known` as `read` (both folded): 0.5 for each
 * look-alike a Vietnamese OCR makes — one vowel for another, or `d` for a vowel (the marks of
 * ă, â, ơ read as other letters: "nim", "ndm" for "năm", "Sé" for "Sở"), `w`, `ir` or `ur` for
 * `u` (ư: "Thwong", "chirc"), one to three thin strokes (i, l, t) for `u` ("ciia", "ctia",
 * "cla" for "của", DOMAIN.md §3) — and 2 for any other change, so a word differing otherwise
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
      const swap = r === k ? 0 : (VOWELS.has(k) && (VOWELS.has(r) || r === 'd')) || (k === 'u' && (r === 'w' || STROKES.has(r))) ? 0.5 : 2;
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

/**
 * `form` (lower case) in the case of the word at [start, end) of `text`: all capitals, a
 * capital first letter, or lower case.
 */
function inCaseOf(text: string, start: number, end: number, form: string): string {
  if (!isUpper(text.charCodeAt(start))) return form;
  if (end - start > 1 && isUpper(text.charCodeAt(start + 1))) return form.toUpperCase();
  return form.charAt(0).toUpperCase() + form.slice(1);
}

function isUpper(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}
