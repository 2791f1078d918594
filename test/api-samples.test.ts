/**
 * Every query of the GraphQL API on the real sample corpus (examples/corpus, ingested into the
 * test Neo4j of the global setup), in-process through `yoga.fetch`. The expected answers are the
 * ones DOMAIN.md §7 says the samples should give, plus what the five files plainly state.
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../api/yoga.ts';
import { applySchema, ingestPaths } from '../ingest/index.ts';
import { clearDatabase, testDriver } from './setup/db.ts';

const CORPUS = new URL('../examples/corpus/', import.meta.url).pathname;

/** Keys the ingest gives the sample documents (ingest/key.ts). */
const K = {
  bql18: 'vn/khanh-hoa/ban-qlda-phat-trien/qd/2021/18',
  ub489: 'vn/khanh-hoa/ubnd/qd/2020/489',
  sld489: 'vn/khanh-hoa/sldtbxh/qd/2020/489',
  ub590: 'vn/khanh-hoa/ubnd/qd/2021/590',
  bnv3490: 'vn/tw/bnv/qd/2016/3490',
  bnv905: 'vn/tw/bnv/qd/2022/905',
  bd4599: 'vn/binh-dinh/ubnd/qd/2022/4599',
  nq01: 'vn/tw/cp/nq/2021/1',
  btc26: 'vn/tw/btc/tt/2012/26',
  ht28: 'vn/ha-tinh/sldtbxh/kh/2021/28',
} as const;

let driver: Driver;
let yoga: Api;
/** Sessions opened on the driver (each `context.read` opens one). */
let sessions = 0;

interface Gql {
  data?: any;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function gql(query: string, variables: Record<string, unknown> = {}): Promise<Gql> {
  const response = await yoga.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Gql;
}

/** `query` must answer without errors; its data. */
async function data(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const r = await gql(query, variables);
  expect(r.errors).toBeUndefined();
  return r.data;
}

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
  await applySchema(driver);
  const summary = await ingestPaths(driver, [CORPUS]);
  expect(summary).toMatchObject({ files: 5, ingested: 5, failed: [] });
  // Counts sessions: the test of batching below reads it.
  const counting = new Proxy(driver, {
    get(target, prop, receiver) {
      if (prop === 'session') return (...args: Parameters<Driver['session']>) => (sessions++, target.session(...args));
      return Reflect.get(target, prop, receiver);
    },
  });
  yoga = createApi({ driver: counting, logging: false });
});

afterAll(async () => {
  await driver?.close();
});

describe('document', () => {
  it('gives the facts of 489/QĐ-UBND, with its file', async () => {
    const d = await data('query ($k: ID!) { document(key: $k) { key number type issuer province date level ingested file } }', { k: K.ub489 });
    expect(d.document).toEqual({
      key: K.ub489, number: '489/QĐ-UBND', type: 'Quyết định', issuer: 'UBND tỉnh Khánh Hòa', province: 'Khánh Hòa',
      date: '2020-03-11', level: 5, ingested: true, file: '004_c4649116cd363a40.txt',
    });
  });

  it('groups its citations by relation, each with quote, offsets, confidence and file', async () => {
    const d = await data(`query ($k: ID!) { document(key: $k) { citations { relation count citations {
      relation from { key } to { number } quote start end confidence file source stated citedDate } } } }`, { k: K.ub489 });
    const groups = d.document.citations;
    expect(groups.map((g: any) => [g.relation, g.count])).toEqual([['BASED_ON', 3], ['CITES', 3]]);
    expect(groups[0].citations.map((c: any) => c.to.number)).toEqual(['3994/QĐ-UBND', '3490/QĐ-BNV', '77/2015/QH13']);
    expect(groups[0].citations[1]).toEqual({
      relation: 'BASED_ON', from: { key: K.ub489 }, to: { number: '3490/QĐ-BNV' },
      quote: 'Quyết định số 3490/QĐ-BNV ngày 10/10/2016', start: 324, end: 365, confidence: 0.97,
      file: '004_c4649116cd363a40.txt', source: K.ub489, stated: false, citedDate: '2016-10-10',
    });
    // The offsets are those of the quote in the file.
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(`${CORPUS}004_c4649116cd363a40.txt`, 'utf8');
    for (const c of groups.flatMap((g: any) => g.citations)) expect(text.slice(c.start, c.end)).toBe(c.quote);
  });

  it('lists who cites 01/NQ-CP a page at a time, with a total, including a relation stated by another document', async () => {
    const query = `query ($k: ID!, $after: String) { document(key: $k) { citedBy(first: 1, after: $after) {
      totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { relation from { number } to { key } stated source } } } } }`;
    const first = (await data(query, { k: K.nq01 })).document.citedBy;
    expect(first.totalCount).toBe(2);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(first.edges).toHaveLength(1);
    const second = (await data(query, { k: K.nq01, after: first.pageInfo.endCursor })).document.citedBy;
    expect(second.pageInfo.hasNextPage).toBe(false);
    const nodes = [...first.edges, ...second.edges].map((e: any) => e.node);
    expect(nodes).toEqual([
      { relation: 'CITES', from: { number: '18/QĐ-BQL' }, to: { key: K.nq01 }, stated: false, source: K.bql18 },
      // "166/QĐ-UBND ... triển khai Nghị quyết 01/NQ-CP": stated by 18/QĐ-BQL.
      { relation: 'IMPLEMENTS', from: { number: '166/QĐ-UBND' }, to: { key: K.nq01 }, stated: true, source: K.bql18 },
    ]);
  });

  it('names the suspected duplicate of 489/QĐ-UBND with the reason in both languages', async () => {
    const d = await data('query ($k: ID!) { document(key: $k) { sameAs { document { key number } reason reasonEn } } }', { k: K.ub489 });
    expect(d.document.sameAs).toEqual([{
      document: { key: K.sld489, number: '489/QĐ-SLĐTBXH' },
      reason: 'Cùng số 489, cùng loại và ngày 2020-03-11 nhưng khác cơ quan ban hành: Sở LĐTBXH tỉnh Khánh Hòa / UBND tỉnh Khánh Hòa',
      reasonEn: 'Same number 489, type and date 2020-03-11 but different issuers: Sở LĐTBXH tỉnh Khánh Hòa / UBND tỉnh Khánh Hòa',
    }]);
  });

  it('batches per request: citations, citedBy and sameAs of ten documents cost one read each', async () => {
    const before = sessions;
    const d = await data('{ search(text: "quyet dinh", first: 10) { key citations { relation } citedBy { totalCount } sameAs { reason } } }');
    expect(d.search).toHaveLength(10);
    expect(sessions - before).toBe(4); // search + one batch per field, not 1 + 3 × 10
  });
});

describe('documents', () => {
  it('filters by province and years, pages by key with a total count', async () => {
    const query = `query ($after: String) { documents(filter: {province: "Bình Định", yearFrom: 2022, yearTo: 2022}, first: 2, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { number date } } } }`;
    const page1 = (await data(query)).documents;
    expect(page1.totalCount).toBe(4);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await data(query, { after: page1.pageInfo.endCursor })).documents;
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect([...page1.edges, ...page2.edges].map((e: any) => e.node.number)).toEqual(['4567/QĐ-UBND', '4599/QĐ-UBND', '828/QĐ-UBND', '888/QĐ-UBND']);
  });

  it('filters ingested documents and by issuer and type', async () => {
    const ingested = (await data('{ documents(filter: {ingested: true}) { totalCount edges { node { number province } } } }')).documents;
    expect(ingested.totalCount).toBe(5);
    expect(ingested.edges.map((e: any) => e.node.province).sort()).toEqual(['Bình Định', 'Hà Tĩnh', 'Khánh Hòa', 'Khánh Hòa', 'Khánh Hòa']);
    const bnv = (await data('{ documents(filter: {issuer: "Bộ Nội vụ", type: "Quyết định"}) { totalCount edges { node { number } } } }')).documents;
    expect(bnv.edges.map((e: any) => e.node.number)).toEqual(['3490/QĐ-BNV', '905/QĐ-BNV']);
    const stubs = (await data('{ documents(filter: {ingested: false}, first: 1) { totalCount } }')).documents;
    expect(stubs.totalCount).toBe(44);
  });
});

describe('search', () => {
  it.each<[string, string[]]>([
    // Exact number matches first, whatever the case and diacritics of the query.
    ['489/QĐ-UBND', ['489/QĐ-UBND']],
    ['489/qd-ubnd', ['489/QĐ-UBND']],
    ['quyet dinh 489', ['489/QĐ-UBND', '489/QĐ-SLĐTBXH']],
    ['QUYẾT ĐỊNH 3490', ['3490/QĐ-BNV']],
    ['bộ nội vụ', ['905/QĐ-BNV', '3490/QĐ-BNV']],
    ['Ban QLDA', ['18/QĐ-BQL', '05/QĐ-BQL']],
    // "tổ" folds to "to", an English stop word: still found.
    ['tổ chức chính quyền', ['77/2015/QH13']],
    ['11/03/2020', ['489/QĐ-UBND', '489/QĐ-SLĐTBXH']],
    ['khong co van ban nay', []],
  ])('%j → %j', async (text, numbers) => {
    const d = await data('query ($t: String!) { search(text: $t) { number } }', { t: text });
    expect(d.search.map((x: any) => x.number)).toEqual(numbers);
  });
});

describe('lineage', () => {
  it('gives each node its hop and level, and follows only the relations asked for', async () => {
    const d = await data(`query ($k: ID!) { lineage(key: $k, depth: 5, relations: [IMPLEMENTS]) {
      nodes { number level } edges { from to relation } depths { key depth } truncated } }`, { k: K.bql18 });
    expect(d.lineage).toEqual({
      nodes: [{ number: '18/QĐ-BQL', level: 6 }, { number: '590/QĐ-UBND', level: 5 }],
      edges: [{ from: K.bql18, to: K.ub590, relation: 'IMPLEMENTS' }],
      depths: [{ key: K.bql18, depth: 0 }, { key: K.ub590, depth: 1 }],
      truncated: false,
    });
  });

  it('reaches 01/NQ-CP from 18/QĐ-BQL at hop 1 (cited) and 166/QĐ-UBND also at hop 1', async () => {
    const d = await data('query ($k: ID!) { lineage(key: $k, depth: 2) { depths { key depth } truncated } }', { k: K.bql18 });
    const depth = new Map(d.lineage.depths.map((x: any) => [x.key, x.depth]));
    expect(depth.get(K.nq01)).toBe(1);
    expect(depth.get('vn/khanh-hoa/ubnd/qd/2021/166')).toBe(1);
    expect(d.lineage.truncated).toBe(false);
  });
});

describe('authorityChain', () => {
  it('of 18/QĐ-BQL: 3322, 3595, 590/QĐ-UBND of UBND tỉnh Khánh Hòa and the Ban’s own 05/QĐ-BQL (DOMAIN.md §7)', async () => {
    const d = await data(`query ($k: ID!) { authorityChain(key: $k) { document { number } bases { number issuer }
      paths { length documents { number } edges { from to relation } } truncated } }`, { k: K.bql18 });
    const chain = d.authorityChain;
    expect(chain.document.number).toBe('18/QĐ-BQL');
    expect(chain.bases).toEqual([
      { number: '3322/QĐ-UBND', issuer: 'UBND tỉnh Khánh Hòa' },
      { number: '3595/QĐ-UBND', issuer: 'UBND tỉnh Khánh Hòa' },
      { number: '590/QĐ-UBND', issuer: 'UBND tỉnh Khánh Hòa' },
      { number: '05/QĐ-BQL', issuer: 'Ban QLDA Phát triển tỉnh Khánh Hòa' },
    ]);
    expect(chain.paths.map((p: any) => [p.length, p.documents.map((x: any) => x.number)])).toEqual([
      [1, ['18/QĐ-BQL', '3322/QĐ-UBND']],
      [1, ['18/QĐ-BQL', '3595/QĐ-UBND']],
      [1, ['18/QĐ-BQL', '590/QĐ-UBND']],
      [1, ['18/QĐ-BQL', '05/QĐ-BQL']],
    ]);
    // 18 both rests on and carries out 590: the basis is the edge shown.
    expect(chain.paths[2].edges).toEqual([{ from: K.bql18, to: K.ub590, relation: 'BASED_ON' }]);
    expect(chain.truncated).toBe(false);
  });

  it('of 489/QĐ-UBND: the 2015 law, 3490/QĐ-BNV and the 2020 plan 3994/QĐ-UBND, highest authority first', async () => {
    const d = await data('query ($k: ID!) { authorityChain(key: $k) { bases { number level } } }', { k: K.ub489 });
    expect(d.authorityChain.bases).toEqual([
      { number: '77/2015/QH13', level: 2 },
      { number: '3490/QĐ-BNV', level: 4 },
      { number: '3994/QĐ-UBND', level: 5 },
    ]);
  });

  it('of the Hà Tĩnh 2021 plan: the Sở’s 2020 plan and the province’s plan it carries out', async () => {
    const d = await data('query ($k: ID!) { authorityChain(key: $k) { bases { number } paths { edges { relation } } } }', { k: K.ht28 });
    expect(d.authorityChain.bases.map((b: any) => b.number).sort()).toEqual(['27/KH-SLĐTBXH', '493/KH-UBND']);
    expect(d.authorityChain.paths.flatMap((p: any) => p.edges.map((e: any) => e.relation))).toEqual(['IMPLEMENTS', 'IMPLEMENTS']);
  });
});

describe('path', () => {
  it('links 18/QĐ-BQL and 489/QĐ-UBND through the Thông tư both cite (hops either way)', async () => {
    const d = await data('query ($a: ID!, $b: ID!) { path(from: $a, to: $b) { length documents { number } edges { from to relation } } }', { a: K.bql18, b: K.ub489 });
    expect(d.path).toEqual({
      length: 2,
      documents: [{ number: '18/QĐ-BQL' }, { number: '26/2012/TT-BTC' }, { number: '489/QĐ-UBND' }],
      edges: [{ from: K.bql18, to: K.btc26, relation: 'CITES' }, { from: K.ub489, to: K.btc26, relation: 'CITES' }],
    });
  });

  it('follows the direction asked for: 4599 carries out 905 (UP from 4599, DOWN from 905, not UP from 905)', async () => {
    const q = 'query ($a: ID!, $b: ID!, $d: Direction) { path(from: $a, to: $b, direction: $d) { length edges { from to relation } } }';
    const edge = { from: K.bd4599, to: K.bnv905, relation: 'IMPLEMENTS' };
    expect((await data(q, { a: K.bd4599, b: K.bnv905, d: 'UP' })).path).toEqual({ length: 1, edges: [edge] });
    expect((await data(q, { a: K.bnv905, b: K.bd4599, d: 'DOWN' })).path).toEqual({ length: 1, edges: [edge] });
    expect((await data(q, { a: K.bnv905, b: K.bd4599, d: 'UP' })).path).toBeNull();
  });

  it('is empty from a document to itself, and null between unconnected documents', async () => {
    const q = 'query ($a: ID!, $b: ID!) { path(from: $a, to: $b) { length documents { number } } }';
    expect((await data(q, { a: K.ub489, b: K.ub489 })).path).toEqual({ length: 0, documents: [{ number: '489/QĐ-UBND' }] });
    expect((await data(q, { a: K.ht28, b: K.ub489 })).path).toBeNull();
  });
});

describe('compareProvinces', () => {
  const QUERY = `query ($p: [String!], $l: Int) { compareProvinces(provinces: $p, level: $l) { provinces level truncated
    rows { document { number date level } provinces { province cited direct documents first { number date } lagDays } } } }`;
  const uptake = (cmp: any, number: string) => cmp.rows.find((r: any) => r.document.number === number)?.provinces;

  it('Khánh Hòa cites 3490/QĐ-BNV, Bình Định 905/QĐ-BNV, each with its first citing document and lag (DOMAIN.md §7)', async () => {
    const cmp = (await data(QUERY, { p: ['Khánh Hòa', 'Bình Định'] })).compareProvinces;
    expect(cmp).toMatchObject({ provinces: ['Khánh Hòa', 'Bình Định'], level: 4, truncated: false });
    expect(uptake(cmp, '3490/QĐ-BNV')).toEqual([
      // 10/10/2016 → 11/3/2020
      { province: 'Khánh Hòa', cited: true, direct: true, documents: 1, first: { number: '489/QĐ-UBND', date: '2020-03-11' }, lagDays: 1248 },
      { province: 'Bình Định', cited: false, direct: false, documents: 0, first: null, lagDays: null },
    ]);
    expect(uptake(cmp, '905/QĐ-BNV')).toEqual([
      { province: 'Khánh Hòa', cited: false, direct: false, documents: 0, first: null, lagDays: null },
      // 17/11/2022 → 31/12/2022: 4599/QĐ-UBND carries it out (stated in the Bình Định plan, which also cites it, undated).
      { province: 'Bình Định', cited: true, direct: true, documents: 2, first: { number: '4599/QĐ-UBND', date: '2022-12-31' }, lagDays: 44 },
    ]);
    // Both cite Chính phủ resolutions: Khánh Hòa 01/NQ-CP, Bình Định 76/NQ-CP.
    expect(uptake(cmp, '01/NQ-CP')[0]).toMatchObject({ cited: true, first: { number: '166/QĐ-UBND' }, lagDays: 17 });
    expect(uptake(cmp, '76/NQ-CP')[1]).toMatchObject({ cited: true, first: { number: '3809/QĐ-UBND' }, lagDays: 61 });
    // Only levels 1..4, highest authority first.
    const levels = cmp.rows.map((r: any) => r.document.level);
    expect(levels.every((l: number) => l <= 4)).toBe(true);
    expect(levels).toEqual([...levels].sort((a, b) => a - b));
  });

  it('counts a chain: Bình Định reaches 905/QĐ-BNV through 4599/QĐ-UBND; level 3 leaves the Bộ out', async () => {
    const cmp = (await data(QUERY, { p: ['Bình Định'], l: 3 })).compareProvinces;
    expect(cmp.rows.map((r: any) => r.document.number)).toEqual(['76/NQ-CP']);
  });

  it('compares every province when none is given', async () => {
    const cmp = (await data(QUERY, {})).compareProvinces;
    expect(cmp.provinces).toEqual(['Bình Định', 'Hà Tĩnh', 'Khánh Hòa']);
  });
});

describe('stats', () => {
  it('counts documents, citations by relation, provinces and issuers of the samples', async () => {
    const d = await data(`{ stats { documents ingested stubs citations relations { relation count }
      provinces { name documents ingested } issuers { name documents } } }`);
    expect(d.stats).toMatchObject({ documents: 49, ingested: 5, stubs: 44, citations: 53 });
    expect(d.stats.relations).toEqual([
      { relation: 'BASED_ON', count: 15 }, { relation: 'IMPLEMENTS', count: 8 }, { relation: 'GUIDES', count: 1 },
      { relation: 'AMENDS', count: 1 }, { relation: 'REPLACES', count: 0 }, { relation: 'REPEALS', count: 0 },
      { relation: 'CITES', count: 28 },
    ]);
    expect(d.stats.provinces).toEqual([
      { name: 'Khánh Hòa', documents: 24, ingested: 3 },
      { name: 'Bình Định', documents: 8, ingested: 1 },
      { name: 'Hà Tĩnh', documents: 4, ingested: 1 },
    ]);
    expect(d.stats.issuers[0]).toEqual({ name: 'UBND tỉnh Khánh Hòa', documents: 15 });
  });
});

describe('audit', () => {
  it('answers the findings of the audit rules, filtered, with the documents in full', async () => {
    const d = await data('{ audit(province: "Khánh Hòa", severity: ERROR, first: 5) { totalCount pageInfo { hasNextPage } edges { node { code citing { province ingested level } cited { number } related { number issuer } } } } }');
    const nodes = d.audit.edges.map((e: { node: unknown }) => e.node);
    // File 000 cites "489/QĐ-SLĐTBXH ngày 11/3/2020", the number and date of the province's own 489/QĐ-UBND.
    expect(nodes).toContainEqual({
      code: 'ISSUER_CONFLICT',
      citing: { province: 'Khánh Hòa', ingested: true, level: 6 },
      cited: { number: '489/QĐ-SLĐTBXH' },
      related: [{ number: '489/QĐ-UBND', issuer: 'UBND tỉnh Khánh Hòa' }],
    });
    expect(d.audit.totalCount).toBe(nodes.length);
    expect(d.audit.pageInfo.hasNextPage).toBe(false);
    const codes = await data('{ audit(codes: ["NUMBER_YEAR_MISMATCH"], first: 10) { totalCount edges { node { cited { number } } } } }');
    expect(codes.audit.totalCount).toBe(2);
    expect(codes.audit.edges.map((e: { node: { cited: { number: string } } }) => e.node.cited.number)).toEqual(['26/2012/TT-BTC', '26/2012/TT-BTC']);
    // One document's findings: the citations it makes and those made of it.
    const own = await data('{ audit(key: "vn/khanh-hoa/ubnd/qd/2020/489", severity: ERROR) { edges { node { code citing { number } cited { number } } } } }');
    expect(own.audit.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { code: 'NUMBER_YEAR_MISMATCH', citing: { number: '489/QĐ-UBND' }, cited: { number: '26/2012/TT-BTC' } },
    ]);
  });
});
