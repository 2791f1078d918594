/**
 * The words that open a legal basis and the verbs of carrying a document out, as regular-
 * expression sources for folded text (fold.ts: lower case, no diacritics), shared by the stages
 * that read them (layout: where a title ends, "căn cứ pháp lý" sections; relations: clause
 * openers and stated acts; charters). They hold the forms damaged text prints:
 * - OCR reads a marked vowel as another letter, or c as e: "thuc hién", "thue hien";
 * - a PDF copy whose font lost the marked vowels drops them, "thc hin", or prints a space in
 *   their place, "th c hi n", "tri n khai" (the samples of test/fixtures/independent).
 * Blanks between the words are `\s+`; squeezed text (one space) matches them too.
 */

/** "căn cứ" (on the basis of): "Can cur", "Céin cie", "Căn c" as OCR and PDF copies print it. */
export const CAN_CU = 'c[a-z]{0,2}n\\s+c[a-z]{0,3}';

/** "thực hiện" (carry out). */
export const THUC_HIEN = 'th(?:[a-z]{1,2}[ce]|c|\\sc)\\s+h(?:[a-z]{0,2}|i\\s)n';

/** "triển khai" (put into effect); OCR may read a digit inside ("tri3n"). */
export const TRIEN_KHAI = 'tr(?:[a-z0-9]{1,3}|i\\s)n\\s+khai';
