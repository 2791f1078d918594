/**
 * Canonical, readable document keys in the style of ELI (European Legislation Identifier):
 * `vn/<jurisdiction>/<issuer>/<type>/<year>/<number>`, e.g. `vn/khanh-hoa/ubnd/qd/2018/4089`,
 * `vn/tw/cp/nd/2018/61`, `vn/tw/bnv/qd/2016/3490`, `vn/tw.byt/tccb/ttr/2023/312` (a Vụ of Bộ Y
 * tế). The jurisdiction is the province slug, or
 * `tw` for central bodies; the issuer and type come from the codes of the number when it has
 * them (the number is what stays the same across OCR damage and citing styles); the year from
 * the number when it holds one, else from the date. A document without a number gets the slug
 * of its title in place of the number.
 */
import { legislatureBody, typeCode } from './codes.ts';
import type { Issuer } from './issuers.ts';
import { slugify } from './provinces.ts';
import { typeWordByName } from './types.ts';

/** What a key is made of; all optional but `number` or `title` should be given. */
export interface KeyParts {
  number: string | null;
  /** Issuer code inside the number (`UBND`, `CP`, `QH13`), when the number has one. */
  numberIssuerCode?: string | null;
  /** Type code inside the number (`QĐ`), when it has one. */
  numberTypeCode?: string | null;
  numberYear?: number | null;
  type: string | null;
  issuer: Issuer | null;
  /** ISO date `YYYY-MM-DD`. */
  date: string | null;
  title: string | null;
}

/** Placeholder for a part the text does not give. */
const UNKNOWN = '_';

/** The canonical key of a document. Pure and deterministic. */
export function documentKey(p: KeyParts): string {
  const jurisdiction = p.issuer ? (p.issuer.province ? slugify(p.issuer.province) : p.issuer.locality ? UNKNOWN : 'tw') : UNKNOWN;
  // A huyện's numbers restart apart from its province's: `khanh-hoa.huyen-cam-lam`; a Bộ's
  // units' apart from other Bộ's units of the same code: `tw.byt`.
  const within = p.issuer?.locality ?? p.issuer?.unitOf ?? null;
  const place = within ? `${jurisdiction}.${slugify(within)}` : jurisdiction;
  const issuerSlug = issuerPart(p);
  const typeSlug = typePart(p);
  const year = p.numberYear ?? (p.date ? Number(p.date.slice(0, 4)) : null);
  const tail = p.number ? numberPart(p.number) : slugify(p.title ?? '').slice(0, 80) || UNKNOWN;
  return ['vn', place, issuerSlug, typeSlug, year ?? UNKNOWN, tail].join('/');
}

function issuerPart(p: KeyParts): string {
  const code = p.numberIssuerCode ?? p.issuer?.code ?? null;
  if (code && code !== 'BQL') return slugify(legislatureBody(code) ?? code);
  if (p.issuer) return slugify(p.issuer.province ? p.issuer.name.replace(/ (tỉnh|thành phố) .*$/, '') : p.issuer.name);
  return UNKNOWN;
}

function typePart(p: KeyParts): string {
  if (p.numberTypeCode) return slugify(p.numberTypeCode);
  const word = p.type ? typeWordByName(p.type) : null;
  if (word?.code && typeCode(word.code)) return slugify(word.code);
  return p.type ? slugify(p.type) : UNKNOWN;
}

/**
 * The running number of a số ký hiệu: `61/2018/NĐ-CP` → `61`, `12-CTr/TU` → `12`, `05/…` → `5`,
 * `30c/NQ-CP` → `30c`.
 */
function numberPart(number: string): string {
  const m = /^0*(\d+)([a-d]?)/.exec(number);
  return m ? (m[1] || '0') + m[2] : slugify(number);
}
