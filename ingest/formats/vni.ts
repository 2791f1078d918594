/**
 * VNI Windows (the encoding of the VNI-Times family of fonts) → Unicode. iconv-lite has no VNI,
 * and the table is small and fixed, so it lives here.
 *
 * Source: the VNI Windows encoding chart of VNI Software (Vietnamese Language Processing,
 * "Bảng mã VNI Windows"), as reproduced by the open-source Vietnamese keyboards, e.g. xvnkb's
 * `vni.h` (Đào Hải Lâm, 2002). VNI text is a Windows-1252 byte stream: each Vietnamese letter
 * is an ASCII base letter followed by one "mark byte" that the VNI font draws as the mark:
 *
 *   tone on a plain vowel   ù sắc, ø huyền, û hỏi, õ ngã, ï nặng      (aù = á, eø = è, yõ = ỹ)
 *   â ê ô                   base + â                                    (aâ = â, eâ = ê, oâ = ô)
 *   â ê ô with a tone       base + á sắc, à huyền, å hỏi, ã ngã, ä nặng (eá = ế, oà = ồ)
 *   ă                       a + ê; with a tone a + é, è, ú, ü, ë        (aê = ă, aé = ắ)
 *   ơ ư đ                   one byte: ô = ơ, ö = ư, ñ = đ              (ôù = ớ, öø = ừ)
 *   i with a tone           one byte: í, ì, æ (ỉ), ó (ĩ), ò (ị); ỵ is î
 *
 * Capitals use the capital forms of the same bytes (AÙ = Á, EÂ = Ê, Ô = Ơ, Ñ = Đ, Î = Ỵ).
 * Decoding replaces the longest sequence first, so `aá` is ấ and not a followed by a stray á.
 */

/** Tone → combining mark, in the chart's order: sắc, huyền, hỏi, ngã, nặng. */
const TONES = ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
/** Mark bytes (as Windows-1252 characters, lower case) in the same tone order. */
const PLAIN_TONE_BYTES = ['ù', 'ø', 'û', 'õ', 'ï'];
const CIRCUMFLEX_TONE_BYTES = ['á', 'à', 'å', 'ã', 'ä'];
const BREVE_TONE_BYTES = ['é', 'è', 'ú', 'ü', 'ë'];

/** Lower-case table: VNI sequence → Unicode (NFC). Capitals are derived from it. */
function lowerCaseTable(): Map<string, string> {
  const table = new Map<string, string>();
  const add = (vni: string, base: string, tone = '') => table.set(vni, (base + tone).normalize('NFC'));
  // Vowels without a hat: a e o u y, and ơ (ô) ư (ö).
  for (const [vni, base] of [['a', 'a'], ['e', 'e'], ['o', 'o'], ['u', 'u'], ['y', 'y'], ['ô', 'ơ'], ['ö', 'ư']]) {
    if (vni.length === 1 && vni !== base) add(vni, base);
    PLAIN_TONE_BYTES.forEach((b, t) => add(vni + b, base, TONES[t]));
  }
  // ỵ has its own byte in the chart (î); y + ï, which some converters write, means the same.
  table.set('î', 'ỵ');
  // â ê ô: base + â, with a tone base + á/à/å/ã/ä.
  for (const [vni, base] of [['a', 'â'], ['e', 'ê'], ['o', 'ô']]) {
    add(vni + 'â', base);
    CIRCUMFLEX_TONE_BYTES.forEach((b, t) => add(vni + b, base, TONES[t]));
  }
  // ă: a + ê, with a tone a + é/è/ú/ü/ë.
  add('aê', 'ă');
  BREVE_TONE_BYTES.forEach((b, t) => add('a' + b, 'ă', TONES[t]));
  // i with a tone: one byte each.
  ['í', 'ì', 'æ', 'ó', 'ò'].forEach((b, t) => add(b, 'i', TONES[t]));
  table.set('ñ', 'đ');
  return table;
}

/** The whole chart, VNI sequence → Unicode letter, lower and upper case: `AÙ` = Á just as `aù` = á. */
export const VNI_TABLE: ReadonlyMap<string, string> = (() => {
  const table = lowerCaseTable();
  for (const [vni, unicode] of [...table]) table.set(vni.toUpperCase(), unicode.toUpperCase());
  return table;
})();

const VNI_PATTERN = new RegExp(
  [...VNI_TABLE.keys()].filter((k) => k.length > 1 || !/^[a-z]$/i.test(k)).sort((a, b) => b.length - a.length).join('|'),
  'g',
);

/**
 * Convert VNI text, already read as Windows-1252 characters, to Unicode NFC. Characters that
 * are not part of a VNI sequence are kept as they are; never throws.
 */
export function vniToUnicode(text: string): string {
  return text.replace(VNI_PATTERN, (sequence) => VNI_TABLE.get(sequence) ?? sequence).normalize('NFC');
}
