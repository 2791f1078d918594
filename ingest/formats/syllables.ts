/**
 * A Vietnamese syllable check, used to score candidate decodings of legacy-encoded text: the
 * right decoding turns almost every word into a valid syllable, a wrong one (TCVN3 read as
 * Windows-1258, VNI read as plain Windows-1252, …) leaves letters such as Õ, Þ, ñ, ö or a
 * vowel run such as "eá" that no syllable has.
 *
 * The rule is the textbook shape of a written syllable (Đoàn Thiện Thuật, "Ngữ âm tiếng Việt";
 * the same shape as Wikipedia's "Vietnamese alphabet" / "Vietnamese phonology" pages):
 * optional onset consonant + vowel nucleus (with its glides) + optional final consonant, and at
 * most one tone mark. It is deliberately a little loose (it does not check which finals go with
 * which nucleus or tone): it only has to tell Vietnamese from mojibake, not spell-check.
 */

/** Onsets, longest first so that `ngh` is tried before `ng` and `n`. */
const ONSETS = ['ngh', 'ng', 'gh', 'gi', 'kh', 'nh', 'ph', 'th', 'tr', 'ch', 'qu', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x'];

/**
 * Vowel nuclei with their medial and final glides, toneless. Single vowels, then the
 * diphthongs and triphthongs of the written language (ia/iê/yê, ua/uô, ưa/ươ, and those with a
 * final i/y/o/u glide, and oa/oe/uy/uâ… with the medial o/u).
 */
const NUCLEI = [
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iê', 'iu', 'oa', 'oă', 'oe', 'oi', 'oo', 'ôi', 'ơi',
  'ua', 'uâ', 'uê', 'ui', 'uô', 'uơ', 'uy', 'ưa', 'ưi', 'ưu', 'ươ', 'ya', 'yê',
  'iêu', 'oai', 'oao', 'oay', 'oeo', 'uây', 'uôi', 'uya', 'uyê', 'uyu', 'ươi', 'ươu', 'yêu',
];

/** Final consonants. */
const CODAS = ['ch', 'ng', 'nh', 'c', 'm', 'n', 'p', 't'];

const alternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
const SYLLABLE = new RegExp(`^(?:${alternation(ONSETS)})?(?:${alternation(NUCLEI)})(?:${alternation(CODAS)})?$`);

/** The five tone marks as Unicode combining marks: grave, acute, tilde, hook above, dot below. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * True when `word` (letters only, any case, NFC or NFD) is a well-formed Vietnamese syllable:
 * onset? + nucleus + final?, at most one tone mark, and no letter outside the Vietnamese
 * alphabet (so `Quyết`, `đ`, `nghiêng` pass; `Quyeát`, `®Þnh`, `ñònh`, `CCHC` do not).
 */
export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD');
  const tones = decomposed.match(TONE_MARKS)?.length ?? 0;
  if (tones > 1) return false;
  // Recompose what is left so that â, ê, ô, ơ, ư, ă are single letters again; any other mark
  // (diaeresis, ring, cedilla…) stays combining and fails the pattern.
  return SYLLABLE.test(decomposed.replace(TONE_MARKS, '').normalize('NFC'));
}

/** How well `text` reads as Vietnamese. */
export interface SyllableScore {
  /** Words (runs of letters and marks) that hold a letter outside ASCII, abbreviations aside. */
  marked: number;
  /** Of those, the ones that are valid syllables. */
  markedValid: number;
  /** `markedValid / marked`, or 1 when no word has a non-ASCII letter (nothing to judge). */
  share: number;
}

/**
 * Score `text` by the share of its non-ASCII words that are valid Vietnamese syllables. Plain
 * ASCII words are left out, and so are capital abbreviations whose only non-ASCII letter is Đ
 * (QĐ, HĐND, SLĐTBXH): every candidate decoding leaves ASCII the same, and abbreviations are
 * not syllables, so both would only dilute the signal. Stops after `maxMarked` such words.
 */
export function syllableScore(text: string, maxMarked = 5000): SyllableScore {
  let marked = 0;
  let markedValid = 0;
  for (const [word] of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    if (/^[\x00-\x7f]*$/.test(word) || /^[A-ZĐ]+$/.test(word)) continue;
    marked++;
    if (isVietnameseSyllable(word)) markedValid++;
    // A few thousand words settle the question; a 20 MB file need not be read twice.
    if (marked >= maxMarked) break;
  }
  return { marked, markedValid, share: marked === 0 ? 1 : markedValid / marked };
}
