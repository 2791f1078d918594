/**
 * A generated citation graph for `npm run bench:api`: N documents (default 100,000) shaped like
 * the real ones — central documents (Party, Quốc hội, Chính phủ, Thủ tướng, Bộ) and, for each of
 * the 63 provinces, UBND, HĐND and Sở documents — with 1 to 5 citations per provincial document
 * (to central documents and to higher documents of the same province) and a few between central
 * documents. Deterministic: one seed gives the same graph. Written straight to the database with
 * UNWIND in batches (cypher/bench-documents.cypher, cypher/write-citations.cypher).
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { loadCypher } from '../cypher/index.ts';
import { searchWords } from '../ingest/fold.ts';
import { PROVINCES } from '../ingest/provinces.ts';
import { random } from './generate.ts';

interface Issuer {
  name: string;
  code: string;
  slug: string;
  level: number;
  province: string | null;
  /** [type name, type code] pairs this issuer issues. */
  types: [string, string][];
}

export interface GeneratedDoc {
  key: string;
  number: string;
  type: string;
  issuer: string;
  province: string | null;
  date: string;
  title: string;
  level: number;
  ingested: boolean;
  file: string | null;
  searchText: string;
}

export interface GeneratedGraph {
  docs: GeneratedDoc[];
  citations: { from: string; to: string; relation: string; props: Record<string, unknown> }[];
}

const QD: [string, string] = ['Quyết định', 'QĐ'];
const KH: [string, string] = ['Kế hoạch', 'KH'];
const CT: [string, string] = ['Chỉ thị', 'CT'];
const NQ: [string, string] = ['Nghị quyết', 'NQ'];
const MINISTRIES = [
  ['Bộ Nội vụ', 'BNV'], ['Bộ Tài chính', 'BTC'], ['Bộ Y tế', 'BYT'], ['Bộ Giáo dục và Đào tạo', 'BGDĐT'],
  ['Bộ Tư pháp', 'BTP'], ['Bộ Kế hoạch và Đầu tư', 'BKHĐT'], ['Bộ Tài nguyên và Môi trường', 'BTNMT'],
  ['Bộ Xây dựng', 'BXD'], ['Bộ Công Thương', 'BCT'], ['Bộ Lao động – Thương binh và Xã hội', 'BLĐTBXH'],
] as const;
const DEPARTMENTS = [['Sở Nội vụ', 'SNV'], ['Sở Tài chính', 'STC'], ['Sở Y tế', 'SYT'], ['Sở Giáo dục và Đào tạo', 'SGDĐT'], ['Sở LĐTBXH', 'SLĐTBXH']] as const;
const SUBJECTS = [
  'cải cách hành chính', 'tuyên truyền cải cách hành chính', 'chuyển đổi số', 'phòng, chống tham nhũng',
  'an ninh trật tự', 'tổ chức bộ máy', 'phát triển kinh tế – xã hội', 'xây dựng chính quyền điện tử',
  'thực hành tiết kiệm, chống lãng phí', 'công tác dân tộc', 'bảo vệ môi trường', 'giảm nghèo bền vững',
];
const HEADS = ['Ban hành Kế hoạch', 'Về việc phê duyệt Đề án', 'Triển khai thực hiện', 'Ban hành Quy chế', 'Về tăng cường công tác'];

function slug(text: string): string {
  return searchWords(text).join('-').replace(/[^a-z0-9-]/g, '');
}

function issuers(): { central: Issuer[]; provincial: Map<string, Issuer[]> } {
  const central: Issuer[] = [
    { name: 'Bộ Chính trị', code: 'TW', slug: 'tw', level: 1, province: null, types: [CT, NQ] },
    { name: 'Quốc hội', code: 'QH15', slug: 'qh', level: 2, province: null, types: [['Luật', 'QH'], NQ] },
    { name: 'Chính phủ', code: 'CP', slug: 'cp', level: 3, province: null, types: [['Nghị định', 'NĐ'], NQ] },
    { name: 'Thủ tướng Chính phủ', code: 'TTg', slug: 'ttg', level: 3, province: null, types: [QD, CT] },
    ...MINISTRIES.map(([name, code]): Issuer => ({ name, code, slug: slug(code), level: 4, province: null, types: [['Thông tư', 'TT'], QD] })),
  ];
  const provincial = new Map<string, Issuer[]>();
  for (const p of PROVINCES) {
    provincial.set(p.name, [
      { name: `UBND ${p.kind} ${p.name}`, code: 'UBND', slug: 'ubnd', level: 5, province: p.name, types: [QD, KH, CT] },
      { name: `HĐND ${p.kind} ${p.name}`, code: 'HĐND', slug: 'hdnd', level: 5, province: p.name, types: [NQ] },
      ...DEPARTMENTS.map(([name, code]): Issuer => ({ name: `${name} ${p.kind} ${p.name}`, code, slug: slug(code), level: 6, province: p.name, types: [KH, QD] })),
    ]);
  }
  return { central, provincial };
}

/**
 * The graph of `count` documents for `seed`: 5% central, the rest spread over the provinces.
 * Each provincial document cites 1–5 others: central ones (half), its province's UBND/HĐND ones,
 * or earlier ones of its province; central documents cite 0–2 higher central ones.
 */
export function generateGraph(count: number, seed: number): GeneratedGraph {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const { central, provincial } = issuers();
  const provinceNames = [...provincial.keys()];
  const serials = new Map<string, number>();
  const docs: GeneratedDoc[] = [];

  const make = (issuer: Issuer): GeneratedDoc => {
    const [type, typeCode] = pick(issuer.types);
    const year = 2010 + Math.floor(next() * 15);
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const juris = issuer.province ? slug(issuer.province) : 'tw';
    const series = `${juris}/${issuer.slug}/${slug(typeCode)}/${year}`;
    const serial = (serials.get(series) ?? 0) + 1 + Math.floor(next() * 3);
    serials.set(series, serial);
    const normative = ['NĐ', 'TT', 'QH'].includes(typeCode);
    const number = typeCode === 'QH' ? `${serial}/${year}/${issuer.code}` : normative ? `${serial}/${year}/${typeCode}-${issuer.code}` : `${serial}/${typeCode}-${issuer.code}`;
    const title = `${pick(HEADS)} ${pick(SUBJECTS)}${issuer.province ? ` ${issuer.province.startsWith('Hồ') ? 'thành phố' : 'tỉnh'} ${issuer.province}` : ''} năm ${year}`;
    const ingested = next() < (issuer.province ? 0.6 : 0.1);
    const dmy = `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
    return {
      key: `vn/${series}/${serial}`,
      number,
      type,
      issuer: issuer.name,
      province: issuer.province,
      date,
      title,
      level: issuer.level,
      ingested,
      file: ingested ? `gen-${docs.length}.txt` : null,
      searchText: [number, type, issuer.name, issuer.province ?? '', title, dmy].flatMap((part) => searchWords(part)).join(' '),
    };
  };

  const centralCount = Math.round(count * 0.05);
  for (let i = 0; i < centralCount; i++) docs.push(make(pick(central)));
  const byProvince = new Map<string, GeneratedDoc[]>(provinceNames.map((p) => [p, []]));
  for (let i = centralCount; i < count; i++) {
    const province = pick(provinceNames);
    const doc = make(pick(provincial.get(province)!));
    docs.push(doc);
    byProvince.get(province)!.push(doc);
  }

  const citations: GeneratedGraph['citations'] = [];
  const cite = (from: GeneratedDoc, to: GeneratedDoc, relation: string) => {
    if (from.key === to.key) return;
    const quote = `${to.type} số ${to.number} ngày ${to.date.split('-').reverse().join('/')}`;
    const start = Math.floor(next() * 2000);
    citations.push({
      from: from.key,
      to: to.key,
      relation,
      props: { quote, start: neo4j.int(start), end: neo4j.int(start + quote.length), confidence: 0.9, source: from.key, file: from.file, stated: false, citedDate: to.date },
    });
  };
  const relation = () => {
    const r = next();
    return r < 0.5 ? 'BASED_ON' : r < 0.7 ? 'IMPLEMENTS' : r < 0.95 ? 'CITES' : 'GUIDES';
  };
  const centralDocs = docs.slice(0, centralCount);
  for (const doc of centralDocs) {
    const higher = () => pick(centralDocs);
    for (let k = Math.floor(next() * 3); k > 0; k--) {
      const to = higher();
      if (to.level < doc.level) cite(doc, to, next() < 0.6 ? 'BASED_ON' : 'GUIDES');
    }
  }
  for (const [, list] of byProvince) {
    const upper = list.filter((d) => d.level === 5);
    list.forEach((doc, i) => {
      const targets = new Set<GeneratedDoc>();
      for (let k = 1 + Math.floor(next() * 5); k > 0; k--) {
        const r = next();
        if (r < 0.5 || i === 0) targets.add(pick(centralDocs));
        else if (r < 0.8 && upper.length > 0) targets.add(pick(upper));
        else targets.add(list[Math.floor(next() * i)]);
      }
      for (const to of targets) cite(doc, to, relation());
    });
  }
  return { docs, citations };
}

/** Write `graph` into an empty database, `batch` rows per transaction. */
export async function writeGraph(driver: Driver, graph: GeneratedGraph, batch = 5000): Promise<void> {
  for (let i = 0; i < graph.docs.length; i += batch) {
    const docs = graph.docs.slice(i, i + batch).map((d) => ({ ...d, level: neo4j.int(d.level) }));
    await driver.executeQuery(loadCypher('bench-documents'), { docs });
  }
  for (let i = 0; i < graph.citations.length; i += batch) {
    await driver.executeQuery(loadCypher('write-citations'), { citations: graph.citations.slice(i, i + batch) });
  }
}
