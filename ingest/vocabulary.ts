/**
 * Words of document subjects and agency names, for text OCR left without its diacritics or
 * with damaged letters (DOMAIN.md §3): "PHAT TRIEN" → "phát triển", and in a title read by
 * OCR, "nim" → "năm", "ciia" → "của", "Thwong" → "Thương". A word is changed only when the
 * vocabulary gives it one form, or one form that the neighbouring words make a known phrase
 * with; otherwise it is left as it is, so nothing is guessed. Pure.
 */
import { NAMES_OF_CODES } from './codes.ts';
import { fold, isDigit, letterCase } from './fold.ts';
import { keyOf, ocrCost, outline } from './look-alikes.ts';
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
một cửa liên thông,
số hóa, chuyển đổi số, chính quyền số, chính quyền điện tử, ứng dụng, công nghệ thông tin,
kiện toàn, sửa đổi bổ sung, thay thế, bãi bỏ, hướng dẫn, quy định, chi tiết, thi hành, một số,
chức năng nhiệm vụ quyền hạn và cơ cấu tổ chức, sắp xếp, tổ chức lại, sáp nhập, đổi tên,
phòng chuyên môn, trực thuộc, đẩy mạnh, nâng cao chất lượng, tham mưu, giải quyết công việc,
lề lối làm việc, cải tiến, phối hợp, dự toán ngân sách nhà nước, kinh tế xã hội, phòng chống,
tổ chức thực hiện, triển khai thực hiện, kế hoạch thực hiện, về việc ban hành,
đại hội đại biểu toàn quốc lần thứ, đại hội đảng bộ, ban thường vụ, ban chấp hành trung ương,
chương trình hành động, nghị quyết đại hội, học tập và làm theo tư tưởng đạo đức phong cách,
xây dựng chỉnh đốn đảng,
thông qua, đầu tư công, trung hạn, ngân sách, khám bệnh, chữa bệnh, thi đua, khen thưởng,
phòng chống tham nhũng, giao dịch điện tử, đất đai, của luật, của nghị định, của thông tư,
của quyết định, của nghị quyết, của chỉ thị, của kế hoạch, số #, bộ chính trị, ban bí thư,
lấy phiếu tín nhiệm, ban chỉ huy, phòng chống thiên tai, tìm kiếm cứu nạn, đê điều, ứng phó sự cố,
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

// The vocabulary as numbers, so that reading a title costs one map lookup a word: each folded
// word (key) and each form has an id; FORMS_OF lists a key's forms; FOLLOWS and PRECEDES mark
// the pairs of phrases ("lao động": "động" follows the key "lao", "lao" precedes the key "dong").
const KEY_IDS = new Map<string, number>();
const FORM_LIST: string[] = [];
const FORM_KEY: number[] = []; // form id → key id
const FORMS_OF: number[][] = []; // key id → form ids
const KEYS: string[] = [];

function keyId(key: string): number {
  let id = KEY_IDS.get(key);
  if (id === undefined) {
    id = KEYS.push(key) - 1;
    KEY_IDS.set(key, id);
    FORMS_OF.push([]);
  }
  return id;
}

function formId(form: string): number {
  const key = keyId(fold(form));
  const known = FORMS_OF[key].find((f) => FORM_LIST[f] === form);
  if (known !== undefined) return known;
  const id = FORM_LIST.push(form) - 1;
  FORM_KEY.push(key);
  FORMS_OF[key].push(id);
  return id;
}

const PHRASE_IDS = PHRASE_LIST.map((phrase) => phrase.map(formId));
const FORM_COUNT = FORM_LIST.length;
// Bit sets, bit (key * FORM_COUNT + form): a bit a pair keeps them small enough to stay in cache.
const FOLLOWS = new Uint32Array(Math.ceil((KEYS.length * FORM_COUNT) / 32)); // key before, form
const PRECEDES = new Uint32Array(FOLLOWS.length); // key after, form
const setBit = (bits: Uint32Array, at: number) => (bits[at >>> 5] |= 1 << (at & 31));
const hasBit = (bits: Uint32Array, at: number) => (bits[at >>> 5] & (1 << (at & 31))) !== 0;
for (const phrase of PHRASE_IDS) {
  for (let i = 1; i < phrase.length; i++) {
    setBit(FOLLOWS, FORM_KEY[phrase[i - 1]] * FORM_COUNT + phrase[i]);
    setBit(PRECEDES, FORM_KEY[phrase[i]] * FORM_COUNT + phrase[i - 1]);
  }
}
// Words listed on their own: sure enough to restore without a neighbour to vouch for them.
const SURE = new Uint8Array(FORM_COUNT);
for (const phrase of PHRASE_IDS) if (phrase.length === 1) SURE[phrase[0]] = 1;

const KEYS_BY_OUTLINE = new Map<string, number[]>();
KEYS.forEach((key, id) => KEYS_BY_OUTLINE.set(outline(key), [...(KEYS_BY_OUTLINE.get(outline(key)) ?? []), id]));

/** The id of a folded word the vocabulary knows, else -1. */
const idOf = (key: string) => KEY_IDS.get(key) ?? -1;

/**
 * The text's words with their diacritics restored where the vocabulary is sure: a word
 * without diacritics gets the vocabulary's form of it when there is one, or when its
 * neighbours make one form a known phrase ("lao dong" → "lao động", "hoi dong" → "hội đồng").
 * `text` is words separated by single spaces; the result keeps them and their case.
 */
export function restoreDiacritics(text: string): string {
  const words = text.split(' ');
  const keys = words.map((w) => idOf(fold(w)));
  return words
    .map((w, i) => {
      if (keys[i] < 0 || fold(w) !== w.toLowerCase()) return w;
      const form = choose(FORMS_OF[keys[i]], keys, i, 'unique');
      return form < 0 ? w : inCaseOf(w, 0, w.length, FORM_LIST[form]);
    })
    .join(' ');
}

/**
 * A title as OCR left it, its words restored: when it has fewer letters of Vietnamese's own
 * (outside Latin-1: ă, đ, ơ, ư, ạ, ế …) than a third of its words (the mark of text read by an
 * OCR that knows only Latin-1 letters such as é, or typed without diacritics), a word the
 * vocabulary knows by its folded letters gets its form when a neighbour makes that form a known
 * phrase or the vocabulary lists the word on its own; a word it does not know becomes the
 * vocabulary word it differs from only by OCR's look-alike letters (see `ocrCost`) when a
 * neighbour makes that a known phrase. Neighbours repaired count, so a second pass reads again
 * the words next to a repair. A title written with its diacritics is returned unchanged;
 * punctuation and spacing are kept.
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
  const { starts, ends, keys: read, lettered } = wordsOf(folded);
  const n = starts.length;
  // The key ids as read; `keys` takes each repair, for its neighbours.
  // Plain arrays: small typed arrays cost more to allocate than they save.
  const ids: number[] = [];
  for (let i = 0; i < n; i++) ids.push(idOf(read[i]));
  const keys = ids.slice();
  const repaired: Array<string | null> = [];
  for (let i = 0; i < n; i++) repaired.push(null);
  let changed = false;
  // Twice, so that a word whose neighbours were damaged too is read again with them repaired.
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < n; i++) {
      if (!lettered[i] || repaired[i] !== null || (pass === 1 && !(i > 0 && repaired[i - 1] !== null) && !(i + 1 < n && repaired[i + 1] !== null))) continue;
      const form = ids[i] >= 0 ? choose(FORMS_OF[ids[i]], keys, i, 'sure') : choose(nearestForms(read[i]), keys, i, 'phrase');
      if (form < 0) continue;
      const cased = inCaseOf(title, starts[i], ends[i], FORM_LIST[form]);
      if (title.startsWith(cased, starts[i])) continue;
      repaired[i] = cased;
      keys[i] = FORM_KEY[form];
      changed = true;
    }
    if (!changed) return title;
  }
  let out = '';
  let last = 0;
  for (let i = 0; i < n; i++) {
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
 * How sure a word's reading must be: `unique` takes the vocabulary's only form of it; `sure`
 * takes it only for a word the vocabulary lists on its own (SURE); `phrase` takes only a form
 * that makes a known phrase with a neighbour. A form that does is taken in every case.
 */
type Need = 'unique' | 'sure' | 'phrase';

/**
 * Of the form ids `candidates` for the word at `i` (`keys`: the key ids of the words, -1 for
 * words the vocabulary does not know), the one a neighbour makes a known phrase with, or the
 * one `need` allows; -1 if none.
 */
function choose(candidates: readonly number[], keys: readonly number[], i: number, need: Need): number {
  if (candidates.length === 1 && (need === 'unique' || (need === 'sure' && SURE[candidates[0]] === 1))) return candidates[0];
  const before = i > 0 ? keys[i - 1] : -1;
  const after = i + 1 < keys.length ? keys[i + 1] : -1;
  if (before < 0 && after < 0) return -1;
  // The form both neighbours vouch for wins over one only one does ("một cua liên thông": "cửa"
  // after "một" and before "liên", not "của" before "Liên đoàn").
  let paired = -1;
  let best = 0;
  let tie = false;
  for (const c of candidates) {
    const vouched = Number(before >= 0 && hasBit(FOLLOWS, before * FORM_COUNT + c)) + Number(after >= 0 && hasBit(PRECEDES, after * FORM_COUNT + c));
    if (vouched === 0 || vouched < best) continue;
    tie = vouched === best;
    best = vouched;
    paired = c;
  }
  return tie ? -1 : paired;
}

// nearestForms() of the folded words met so far (at most 10,000): OCR repeats its misreadings.
const NEAREST = new Map<string, number[]>();

/** The ids of the vocabulary's forms of the words nearest to folded `key` by `ocrCost`, within reach. */
function nearestForms(key: string): number[] {
  const known = NEAREST.get(key);
  if (known) return known;
  let best = Infinity;
  let nearest: number[] = [];
  for (const k of KEYS_BY_OUTLINE.get(outline(key)) ?? []) {
    const word = KEYS[k];
    if (Math.abs(word.length - key.length) > 2) continue;
    const cost = ocrCost(key, word);
    if (cost > (word.length <= 3 ? 0.5 : 1)) continue;
    if (cost < best) [best, nearest] = [cost, []];
    if (cost === best) nearest.push(...FORMS_OF[k]);
  }
  if (NEAREST.size < 10_000) NEAREST.set(key, nearest);
  return nearest;
}

/**
 * `form` (lower case) in the case of the word at [start, end) of `text`: all capitals, a
 * capital first letter, or lower case.
 */
function inCaseOf(text: string, start: number, end: number, form: string): string {
  if (letterCase(text.charCodeAt(start)) !== UPPER) return form;
  if (end - start > 1 && letterCase(text.charCodeAt(start + 1)) === UPPER) return form.toUpperCase();
  return form.charAt(0).toUpperCase() + form.slice(1);
}

const UPPER = 1; // letterCase() of a capital
