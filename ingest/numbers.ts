/**
 * Find số ký hiệu (document numbers) in text, in the four shapes of DOMAIN.md §2, and restore
 * them to canonical form despite OCR damage (look-alike glyphs, lost diacritics, spaces or a
 * line break next to `/` and `-`, a space inside the digits as in `1 8/OD-BOL`).
 */
import { readIssuerCode, readTypeCode, type IssuerCode, type TypeCode } from './codes.ts';

/** The shape of a number: `N/YYYY/TYPE-ISSUER`, `N/TYPE-ISSUER`, `N-TYPE/ISSUER`, `N/ISSUER-UNIT`. */
export type NumberShape = 'normative' | 'administrative' | 'party' | 'letter';

/** A document number found in a text. Offsets are UTF-16 code units into that text. */
export interface NumberMatch {
  start: number;
  end: number;
  /** Canonical số ký hiệu: `61/2018/NĐ-CP`, `489/QĐ-UBND`, `12-CTr/TU`, `345/SNV-CCHC`. */
  number: string;
  shape: NumberShape;
  /** The type named by the code, null for a letter (no type code) or a law (`QH13`). */
  type: TypeCode | null;
  /** Canonical issuer code (`UBND`, `QH13`) and its table entry when known. */
  issuerCode: string;
  issuer: IssuerCode | null;
  /** The year written inside a normative number, else null. */
  year: number | null;
  /** How many repairs the reading needed (look-alike glyphs, inner spaces); 0 for clean text. */
  repairs: number;
}

const GAP = '[ \\t]{0,2}(?:\\r?\\n[ \\t]{0,2})?';
const DASH = `${GAP}[-–—]${GAP}`;
const SLASH = `${GAP}/${GAP}`;
const TOKEN = '[a-z0-9]{1,10}';
// Applied to folded text (lower case, no diacritics). The left look-behind keeps `56 4089`
// ("số" read as 56) from joining into one number and skips tokens such as `H89`.
const NUMBER_RE = new RegExp(
  `(?<![a-z0-9/.,-])(\\d{1,5}|\\d \\d{1,4})(?:` +
    `${SLASH}((?:19|20)\\d{2})${SLASH}(?:(qh\\d{1,2})|(${TOKEN})${DASH}(${TOKEN}))` +
    `|${SLASH}(${TOKEN})${DASH}(${TOKEN})(?:[-–](${TOKEN}))?` +
    `|${DASH}(${TOKEN})${SLASH}(${TOKEN})` +
    `)(?![a-z0-9])`,
  'g',
);

/**
 * All document numbers in `text`, in order. `folded` must be `fold(text)` (passed in so that
 * callers fold once). Candidates whose codes are not codes (dates, ratios, addresses) are
 * dropped.
 */
export function findNumbers(text: string, folded: string): NumberMatch[] {
  const found: NumberMatch[] = [];
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(folded); m; m = NUMBER_RE.exec(folded)) {
    const match = readMatch(text, m);
    if (match) found.push(match);
  }
  return found;
}

function readMatch(text: string, m: RegExpExecArray): NumberMatch | null {
  const start = m.index;
  const end = start + m[0].length;
  const digits = m[1].replace(' ', '');
  let repairs = m[1].includes(' ') ? 1 : 0;
  if (/\s/.test(m[0].slice(m[1].length))) repairs++;
  const original = (group: number): string => {
    const at = m.index + m[0].indexOf(m[group], m[1].length);
    return text.slice(at, at + m[group].length);
  };
  const n = String(Number(digits)).padStart(digits.length > 1 && digits.startsWith('0') ? digits.length : 1, '0');
  if (m[2]) {
    const year = Number(m[2]);
    if (m[3]) {
      return { start, end, number: `${n}/${year}/${m[3].toUpperCase()}`, shape: 'normative', type: null,
        issuerCode: m[3].toUpperCase(), issuer: readIssuerCode(m[3]).issuer, year, repairs };
    }
    const type = readTypeCode(original(4));
    if (!type) return null;
    const issuer = readIssuer(original(5));
    if (!issuer) return null;
    repairs += Number(type.repaired) + Number(issuer.repaired);
    return { start, end, number: `${n}/${year}/${type.type.code}-${issuer.code}`, shape: 'normative',
      type: type.type, issuerCode: issuer.code, issuer: issuer.issuer, year, repairs };
  }
  if (m[6]) {
    const type = readTypeCode(original(6));
    if (type) {
      const issuer = readIssuer(original(7));
      if (!issuer) return null;
      const unit = m[8] ? `-${original(8).toUpperCase()}` : '';
      repairs += Number(type.repaired) + Number(issuer.repaired);
      return { start, end, number: `${n}/${type.type.code}-${issuer.code}${unit}`, shape: 'administrative',
        type: type.type, issuerCode: issuer.code, issuer: issuer.issuer, year: null, repairs };
    }
    // A letter (công văn) has no type code: N/ISSUER-UNIT, both written in capitals.
    const issuerRaw = original(6);
    const unitRaw = original(7);
    if (!isCapitalCode(issuerRaw) || !isCapitalCode(unitRaw)) return null;
    const issuer = readIssuerCode(issuerRaw);
    const tail = m[8] ? `-${original(8).toUpperCase()}` : '';
    return { start, end, number: `${n}/${issuer.code}-${unitRaw.toUpperCase()}${tail}`, shape: 'letter',
      type: null, issuerCode: issuer.code, issuer: issuer.issuer, year: null, repairs };
  }
  const type = readTypeCode(original(9));
  if (!type) return null;
  const issuer = readIssuer(original(10));
  if (!issuer) return null;
  repairs += Number(type.repaired) + Number(issuer.repaired);
  return { start, end, number: `${n}-${type.type.code}/${issuer.code}`, shape: 'party', type: type.type,
    issuerCode: issuer.code, issuer: issuer.issuer, year: null, repairs };
}

/** An issuer code: known (possibly repaired), or unknown but written in capitals. */
function readIssuer(raw: string): ReturnType<typeof readIssuerCode> | null {
  const read = readIssuerCode(raw);
  if (read.issuer) return read;
  return isCapitalCode(raw) ? read : null;
}

function isCapitalCode(raw: string): boolean {
  return raw.length >= 2 && /[A-ZĐ]/.test(raw) && raw === raw.toUpperCase() && !/^\d+$/.test(raw);
}
