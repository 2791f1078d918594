/**
 * The hierarchy of issuing bodies (cơ quan ban hành) that gives each document its level of
 * authority (DOMAIN.md §5): a Sở, Ban or Văn phòng of a province answers to that province's UBND,
 * which answers to Chính phủ; the Party's provincial Ban answer to the Tỉnh ủy, which answers to
 * the Ban Chấp hành Trung ương; a Bộ answers to Chính phủ. Pure.
 */
import { issuerCode } from './codes.ts';
import { localIssuer, provincialIssuer, type Issuer } from './issuers.ts';
import { provinceByName } from './provinces.ts';

/** An `(:Agency)` node: a canonical issuer and the agency directly above it (by name), if any. */
export interface AgencyRecord {
  name: string;
  level: number;
  /** Province name for provincial bodies, null for central ones. */
  province: string | null;
  code: string | null;
  /** Name of the agency directly above, or null at the top of a hierarchy. */
  parent: string | null;
}

// Party bodies of a province answer to its Tỉnh ủy (Điều lệ Đảng: the Ban of a Tỉnh ủy are its
// advisory bodies; the Đảng ủy Khối is set up by it).
const PARTY_PROVINCIAL = new Set(['BTGTU', 'BTCTU', 'BDVTU', 'BNCTU', 'UBKTTU', 'VPTU', 'ĐUK']);
const PARTY_COMMITTEE = new Set(['TU', 'TTTU', 'BTVTU']);

function central(code: string): Issuer {
  const entry = issuerCode(code)!;
  return { name: entry.name, level: entry.level, province: null, code: entry.code };
}

/**
 * The body directly above `issuer`, or null at the top (Ban Chấp hành Trung ương, Quốc hội,
 * Chính phủ) and for a provincial body whose province is unknown.
 * - Bộ Chính trị, Ban Bí thư, Tỉnh ủy → Ban Chấp hành Trung ương;
 * - a Party Ban of a province → Tỉnh ủy (Thành ủy) of that province; a Ban of the Party centre
 *   (Ban Tuyên giáo Trung ương …) → the Ban Chấp hành Trung ương;
 * - UBND tỉnh → Chính phủ; HĐND tỉnh → Ủy ban Thường vụ Quốc hội (Hiến pháp 2013: it supervises
 *   and guides the work of the Hội đồng nhân dân) → Quốc hội;
 * - Sở, Văn phòng UBND, Thanh tra tỉnh, a Ban quản lý → UBND of that province;
 * - Thủ tướng, Văn phòng Chính phủ, a Bộ or ministerial body → Chính phủ;
 * - Ủy ban Thường vụ Quốc hội → Quốc hội;
 * - a Vụ, Cục or Tổng cục of a Bộ → that Bộ; a committee of an HĐND → that HĐND;
 * - a body of a huyện or xã, see `localParent`.
 */
export function parentAgency(issuer: Issuer): Issuer | null {
  const code = issuer.code;
  if (!code) {
    if (!issuer.unitOf) return null;
    const province = issuer.province ? provinceByName(issuer.province) : null;
    return province ? provincialIssuer(issuerCode(issuer.unitOf)!, province) : central(issuer.unitOf);
  }
  if (issuer.locality) return localParent(issuer, code);
  const entry = issuerCode(code);
  if (code === 'TW') return issuer.name === entry?.name ? null : central('TW');
  if (!entry) return null;
  if (entry.scope === 'central' && entry.level === 1) return central('TW');
  if (entry.scope === 'central') {
    if (code === 'QH' || code === 'CP' || code === 'CTN') return null;
    if (code === 'UBTVQH') return central('QH');
    return central('CP');
  }
  if (PARTY_COMMITTEE.has(code)) return central('TW');
  if (code === 'UBND') return central('CP');
  if (code === 'HĐND') return central('UBTVQH');
  const province = issuer.province ? provinceByName(issuer.province) : null;
  if (!province) return null;
  if (PARTY_PROVINCIAL.has(code)) return provincialIssuer(issuerCode('TU')!, province);
  return provincialIssuer(issuerCode('UBND')!, province);
}

/**
 * Above a body of a locality (Luật Tổ chức chính quyền địa phương: each UBND answers to the
 * UBND above it): a Phòng → the UBND of its huyện; a UBND or HĐND of a huyện or xã → the UBND
 * or HĐND of its province (the huyện of a xã is seldom named with it), when known; a Huyện ủy
 * → the Tỉnh ủy; a xã's Đảng ủy → the Huyện ủy its header names above it, else the Tỉnh ủy (Điều
 * lệ Đảng: each Party committee answers to the one directly above it).
 */
function localParent(issuer: Issuer, code: string): Issuer | null {
  const province = issuer.province ? provinceByName(issuer.province) : null;
  if (code === 'ĐU' && issuer.parentLocality?.startsWith('huyện ')) return localIssuer(issuerCode('HU')!, issuer.parentLocality, issuer.province);
  if (code === 'HU' || code === 'ĐU') return province ? provincialIssuer(issuerCode('TU')!, province) : null;
  if (code !== 'UBND' && code !== 'HĐND') return localIssuer(issuerCode('UBND')!, issuer.locality!, issuer.province);
  return province ? provincialIssuer(issuerCode(code)!, province) : null;
}

/** `issuer` and every body above it, lowest first, as agency records. */
export function agencyChain(issuer: Issuer): AgencyRecord[] {
  const chain: AgencyRecord[] = [];
  for (let at: Issuer | null = issuer; at && chain.length < 8; ) {
    const parent = parentAgency(at);
    chain.push({ name: at.name, level: at.level, province: at.province, code: at.code, parent: parent?.name ?? null });
    at = parent;
  }
  return chain;
}
