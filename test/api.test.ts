/**
 * The GraphQL API (api/) against the real test Neo4j: search, document, lineage, errors, and the
 * HTTP server. Requests go in-process through `yoga.fetch` (no network), except the server tests.
 */
import { request as httpRequest, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchWords } from '../ingest/fold.ts';
import { applySchema } from '../ingest/index.ts';
import { startServer } from '../api/server.ts';
import { MAX_NODES } from '../api/resolvers/lineage.ts';
import { createApi, type Api } from '../api/yoga.ts';
import { clearDatabase, testDriver } from './setup/db.ts';

// ---------------------------------------------------------------------------------------------
// Fixture: modelled on the sample corpus (DOMAIN.md §7).

type Relation = 'BASED_ON' | 'IMPLEMENTS' | 'GUIDES' | 'AMENDS' | 'REPLACES' | 'REPEALS' | 'CITES';

interface Doc {
  key: string;
  number: string | null;
  type: string | null;
  issuer: string | null;
  province: string | null;
  date: string | null;
  title: string | null;
  level: number | null;
  ingested: boolean;
}

const KH = 'Khánh Hòa';
const UBND_KH = 'UBND tỉnh Khánh Hòa';
const BQL = 'Ban QLDA Phát triển tỉnh Khánh Hòa';
const QD = 'Quyết định';

const K = {
  bql18: 'vn/khanh-hoa/bql/qd/2021/18',
  ub3595: 'vn/khanh-hoa/ubnd/qd/2020/3595',
  ub590: 'vn/khanh-hoa/ubnd/qd/2021/590',
  ub3322: 'vn/khanh-hoa/ubnd/qd/2017/3322',
  bql05: 'vn/khanh-hoa/bql/qd/2021/05',
  nq01: 'vn/cp/nq/2021/01',
  ub489: 'vn/khanh-hoa/ubnd/qd/2020/489',
  ub3994: 'vn/khanh-hoa/ubnd/qd/2019/3994',
  bnv3490: 'vn/bnv/qd/2019/3490',
  sld489: 'vn/khanh-hoa/sldtbxh/qd/2020/489',
  bd489: 'vn/binh-dinh/ubnd/qd/2021/489',
  ub4890: 'vn/khanh-hoa/ubnd/qd/2022/4890',
  snv12: 'vn/khanh-hoa/snv/kh/2021/12',
} as const;

function doc(key: string, number: string | null, type: string | null, issuer: string | null, province: string | null, date: string | null, level: number | null, ingested: boolean, title: string | null = null): Doc {
  return { key, number, type, issuer, province, date, title, level, ingested };
}

const DOCS: Doc[] = [
  doc(K.bql18, '18/QĐ-BQL', QD, BQL, KH, '2021-03-24', 6, true, 'Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2021 của Ban QLDA Phát triển tỉnh Khánh Hòa'),
  doc(K.ub3595, '3595/QĐ-UBND', QD, UBND_KH, KH, '2020-12-31', 5, false),
  doc(K.ub590, '590/QĐ-UBND', QD, UBND_KH, KH, '2021-03-11', 5, true, 'Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2021'),
  doc(K.ub3322, '3322/QĐ-UBND', QD, UBND_KH, KH, '2017-11-03', 5, false),
  doc(K.bql05, '05/QĐ-BQL', QD, BQL, KH, '2021-01-26', 6, false),
  doc(K.nq01, '01/NQ-CP', 'Nghị quyết', 'Chính phủ', null, '2021-01-01', 3, false),
  doc(K.ub489, '489/QĐ-UBND', QD, UBND_KH, KH, '2020-03-11', 5, true, 'Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2020'),
  doc(K.ub3994, '3994/QĐ-UBND', QD, UBND_KH, KH, '2019-12-31', 5, false),
  doc(K.bnv3490, '3490/QĐ-BNV', QD, 'Bộ Nội vụ', null, null, 4, false),
  doc(K.sld489, '489/QĐ-SLĐTBXH', QD, 'Sở LĐTBXH tỉnh Khánh Hòa', KH, '2020-03-11', 6, false),
  doc(K.bd489, '489/QĐ-UBND', QD, 'UBND tỉnh Bình Định', 'Bình Định', '2021-02-20', 5, false),
  doc(K.ub4890, '4890/QĐ-UBND', QD, UBND_KH, KH, '2022-12-01', 5, true, 'Về việc phê duyệt danh mục'),
  doc(K.snv12, '12/KH-SNV', 'Kế hoạch', 'Sở Nội vụ tỉnh Khánh Hòa', KH, '2021-01-15', 6, true, 'Cải cách hành chính năm 2021'),
];

interface Rel {
  from: string;
  to: string;
  type: Relation;
  quote: string;
  source: string;
  stated?: boolean;
}

const DIRECT_590_QUOTE = 'Nghị quyết số 01/NQ-CP ngày 01/01/2021';
const RELS: Rel[] = [
  { from: K.bql18, to: K.ub3595, type: 'BASED_ON', quote: '3595/0D-UBND ngay 31/12/2020', source: K.bql18 },
  { from: K.bql18, to: K.ub590, type: 'BASED_ON', quote: '590/OD-UBND ngay 11/3/2021', source: K.bql18 },
  { from: K.bql18, to: K.ub3322, type: 'BASED_ON', quote: '3322/QD-UBND ngay 03/11/2017', source: K.bql18 },
  { from: K.bql18, to: K.bql05, type: 'BASED_ON', quote: '05/0D-BOL ngay 26/01/2021', source: K.bql18 },
  { from: K.bql18, to: K.ub590, type: 'IMPLEMENTS', quote: '590/QD-UBND ngay 11/3/2021', source: K.bql18 },
  // 590 carries out 01/NQ-CP: stated by 18/QĐ-BQL, and said by 590 itself (its quote wins).
  { from: K.ub590, to: K.nq01, type: 'IMPLEMENTS', quote: '01/NQ-CP\nngay 01/01/2021', source: K.bql18, stated: true },
  { from: K.ub590, to: K.nq01, type: 'IMPLEMENTS', quote: DIRECT_590_QUOTE, source: K.ub590 },
  { from: K.ub489, to: K.ub3994, type: 'BASED_ON', quote: 'Quyết định số 3994/QĐ-UBND ngày 31/12/2019', source: K.ub489 },
  { from: K.ub489, to: K.bnv3490, type: 'BASED_ON', quote: 'Quyết định số 3490/QĐ-BNV', source: K.ub489 },
  { from: K.snv12, to: K.ub3595, type: 'BASED_ON', quote: 'Quyết định số 3595/QĐ-UBND ngày 31/12/2020', source: K.snv12 },
];

/** searchText as the ingest writes it (the contract): folded words of number, type, issuer, province, title, dd/mm/yyyy. */
function searchTextOf(d: Doc): string {
  const date = d.date ? d.date.split('-').reverse().join('/') : null;
  return [d.number, d.type, d.issuer, d.province, d.title, date]
    .filter((part): part is string => !!part)
    .flatMap((part) => searchWords(part))
    .join(' ');
}

async function insertFixture(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.executeWrite(async (tx) => {
      await tx.run('UNWIND $docs AS doc CREATE (d:Document) SET d = doc', {
        docs: DOCS.map((d) => ({ ...d, level: d.level === null ? null : neo4j.int(d.level), searchText: searchTextOf(d) })),
      });
      // The relationship type cannot be a parameter: each row picks its CREATE through a one-element list.
      await tx.run(
        `UNWIND $rels AS rel
         MATCH (a:Document {key: rel.from}), (b:Document {key: rel.to})
         FOREACH (_ IN CASE WHEN rel.type = 'BASED_ON' THEN [1] ELSE [] END | CREATE (a)-[r:BASED_ON]->(b) SET r = rel.props)
         FOREACH (_ IN CASE WHEN rel.type = 'IMPLEMENTS' THEN [1] ELSE [] END | CREATE (a)-[r:IMPLEMENTS]->(b) SET r = rel.props)
         FOREACH (_ IN CASE WHEN rel.type = 'GUIDES' THEN [1] ELSE [] END | CREATE (a)-[r:GUIDES]->(b) SET r = rel.props)
         FOREACH (_ IN CASE WHEN rel.type = 'AMENDS' THEN [1] ELSE [] END | CREATE (a)-[r:AMENDS]->(b) SET r = rel.props)
         FOREACH (_ IN CASE WHEN rel.type = 'REPLACES' THEN [1] ELSE [] END | CREATE (a)-[r:REPLACES]->(b) SET r = rel.props)
         FOREACH (_ IN CASE WHEN rel.type = 'REPEALS' THEN [1] ELSE [] END | CREATE (a)-[r:REPEALS]->(b) SET r = rel.props)
         FOREACH (_ IN CASE WHEN rel.type = 'CITES' THEN [1] ELSE [] END | CREATE (a)-[r:CITES]->(b) SET r = rel.props)`,
        {
          rels: RELS.map((r) => ({
            from: r.from,
            to: r.to,
            type: r.type,
            props: { quote: r.quote, start: neo4j.int(0), end: neo4j.int(r.quote.length), confidence: 0.9, source: r.source, stated: r.stated ?? false },
          })),
        },
      );
    });
  } finally {
    await session.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers.

interface GqlError {
  message: string;
  path?: string[];
  extensions?: { code?: string; argumentName?: string; [key: string]: unknown };
}
interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  text: string;
  data?: T | null;
  errors?: GqlError[];
}

/** Nothing a client sees may mention the database, Cypher or a stack frame. */
function expectNoLeak(text: string): void {
  expect(text).not.toMatch(/neo4j/i);
  expect(text).not.toMatch(/cypher/i);
  expect(text).not.toMatch(/MATCH \(|UNWIND|RETURN /);
  expect(text).not.toMatch(/\bat .+:\d+:\d+/); // stack frames
  expect(text).not.toMatch(/"stack"|originalError/);
}

async function gql<T = Record<string, any>>(yoga: Api, query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>> {
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  expectNoLeak(text);
  return { status: response.status, text, ...JSON.parse(text) };
}

const DOC_FIELDS = 'key number type issuer province date title level ingested';
const SEARCH = `query ($text: String!, $first: Int) { search(text: $text, first: $first) { ${DOC_FIELDS} } }`;
const LINEAGE = `query ($key: ID!, $direction: Direction, $depth: Int) {
  lineage(key: $key, direction: $direction, depth: $depth) { nodes { ${DOC_FIELDS} } edges { from to relation quote } }
}`;

const byKey = (key: string): Doc => DOCS.find((d) => d.key === key)!;
const sorted = (keys: Iterable<string>): string[] => [...keys].sort();
const edgeId = (e: { from: string; to: string; relation: string }): string => `${e.from} -${e.relation}-> ${e.to}`;

// ---------------------------------------------------------------------------------------------

let driver: Driver;
let yoga: Api;

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
  await applySchema(driver); // the full-text index that search uses
  await insertFixture(driver);
  yoga = createApi({ driver, logging: false });
});

afterAll(async () => {
  try {
    await clearDatabase(driver);
  } finally {
    await driver.close();
  }
});

describe('fixture', () => {
  it('holds every document and relationship', async () => {
    const { records } = await driver.executeQuery('MATCH (d:Document) OPTIONAL MATCH (d)-[r]->() RETURN count(DISTINCT d) AS docs, count(r) AS rels');
    expect([records[0].get('docs').toNumber(), records[0].get('rels').toNumber()]).toEqual([DOCS.length, RELS.length]);
  });

  it('writes searchText as in the ingest contract', () => {
    expect(searchTextOf(byKey(K.ub489))).toBe(
      '489/qd-ubnd quyet dinh ubnd tinh khanh hoa khanh hoa ban hanh ke hoach tuyen truyen cai cach hanh chinh nam 2020 11/03/2020',
    );
  });
});

describe('document', () => {
  it('returns every field of a document, with level as an Int and date as an ISO string', async () => {
    const r = await gql(yoga, `query ($key: ID!) { document(key: $key) { ${DOC_FIELDS} } }`, { key: K.bql18 });
    expect(r.errors).toBeUndefined();
    expect(r.data!.document).toEqual(byKey(K.bql18));
  });

  it.each([
    ['an unknown key', 'vn/nowhere/qd/1900/1'],
    ['an empty key', ''],
  ])('returns null for %s', async (_label, key) => {
    const r = await gql(yoga, 'query ($key: ID!) { document(key: $key) { key } }', { key });
    expect(r.errors).toBeUndefined();
    expect(r.data!.document).toBeNull();
  });

  it('returns a stub with ingested false and null fields', async () => {
    const r = await gql(yoga, `query ($key: ID!) { document(key: $key) { ${DOC_FIELDS} } }`, { key: K.bnv3490 });
    expect(r.data!.document).toEqual(byKey(K.bnv3490));
  });
});

describe('search', () => {
  it.each<[string, number | undefined, string[]]>([
    // Exact/prefix number matches first; then ingested before stubs; then newest first.
    ['quyet dinh 489', undefined, [K.ub489, K.bd489, K.sld489, K.ub4890]],
    ['Quyết định 489', undefined, [K.ub489, K.bd489, K.sld489, K.ub4890]],
    ['489/QĐ-UBND', undefined, [K.ub489, K.bd489]],
    ['489/QD-UBND', undefined, [K.ub489, K.bd489]],
    ['489/qd-ubnd', undefined, [K.ub489, K.bd489]],
    ['  489/QĐ-UBND, Khánh Hòa ', undefined, [K.ub489]],
    ['quyet dinh 489', 2, [K.ub489, K.bd489]],
    ['4890', undefined, [K.ub4890]],
    ['11/03/2020', undefined, [K.ub489, K.sld489]],
    ['ban qlda', undefined, [K.bql18, K.bql05]],
    ['Bộ Nội vụ', undefined, [K.bnv3490]],
    ['nghi quyet 01/nq-cp', undefined, [K.nq01]],
    ['không có văn bản này', undefined, []],
  ])('%j (first %j) → %j', async (text, first, expected) => {
    const r = await gql<{ search: Doc[] }>(yoga, SEARCH, { text, first });
    expect(r.errors).toBeUndefined();
    expect(r.data!.search.map((d) => d.key)).toEqual(expected);
  });

  it('returns whole documents', async () => {
    const r = await gql<{ search: Doc[] }>(yoga, SEARCH, { text: '489/QĐ-UBND khanh hoa' });
    expect(r.data!.search).toEqual([byKey(K.ub489)]);
  });

  it('without first, returns every match (up to the default 20)', async () => {
    const r = await gql<{ search: Doc[] }>(yoga, '{ search(text: "quyet dinh") { key } }');
    expect(r.data!.search).toHaveLength(DOCS.filter((d) => d.type === QD).length);
  });
});

describe('lineage', () => {
  it.each<[string, string, 'UP' | 'DOWN' | 'BOTH' | undefined, number | undefined, string[], string[]]>([
    ['UP depth 1: the bases of 18/QĐ-BQL', K.bql18, 'UP', 1,
      [K.bql18, K.ub3595, K.ub590, K.ub3322, K.bql05],
      [`${K.bql18} -BASED_ON-> ${K.ub3595}`, `${K.bql18} -BASED_ON-> ${K.ub590}`, `${K.bql18} -BASED_ON-> ${K.ub3322}`,
        `${K.bql18} -BASED_ON-> ${K.bql05}`, `${K.bql18} -IMPLEMENTS-> ${K.ub590}`]],
    ['UP depth 2 adds what 590 carries out', K.bql18, 'UP', 2,
      [K.bql18, K.ub3595, K.ub590, K.ub3322, K.bql05, K.nq01],
      [`${K.bql18} -BASED_ON-> ${K.ub3595}`, `${K.bql18} -BASED_ON-> ${K.ub590}`, `${K.bql18} -BASED_ON-> ${K.ub3322}`,
        `${K.bql18} -BASED_ON-> ${K.bql05}`, `${K.bql18} -IMPLEMENTS-> ${K.ub590}`, `${K.ub590} -IMPLEMENTS-> ${K.nq01}`]],
    ['defaults: UP, depth 3', K.bql18, undefined, undefined,
      [K.bql18, K.ub3595, K.ub590, K.ub3322, K.bql05, K.nq01],
      [`${K.bql18} -BASED_ON-> ${K.ub3595}`, `${K.bql18} -BASED_ON-> ${K.ub590}`, `${K.bql18} -BASED_ON-> ${K.ub3322}`,
        `${K.bql18} -BASED_ON-> ${K.bql05}`, `${K.bql18} -IMPLEMENTS-> ${K.ub590}`, `${K.ub590} -IMPLEMENTS-> ${K.nq01}`]],
    ['UP from 489/QĐ-UBND', K.ub489, 'UP', 3,
      [K.ub489, K.ub3994, K.bnv3490],
      [`${K.ub489} -BASED_ON-> ${K.ub3994}`, `${K.ub489} -BASED_ON-> ${K.bnv3490}`]],
    ['UP from a document that cites nothing', K.ub3595, 'UP', 5, [K.ub3595], []],
    ['DOWN from 3595: who rests on it', K.ub3595, 'DOWN', 1,
      [K.ub3595, K.bql18, K.snv12],
      [`${K.bql18} -BASED_ON-> ${K.ub3595}`, `${K.snv12} -BASED_ON-> ${K.ub3595}`]],
    ['DOWN from 01/NQ-CP depth 2', K.nq01, 'DOWN', 2,
      [K.nq01, K.ub590, K.bql18],
      [`${K.ub590} -IMPLEMENTS-> ${K.nq01}`, `${K.bql18} -BASED_ON-> ${K.ub590}`, `${K.bql18} -IMPLEMENTS-> ${K.ub590}`]],
    ['BOTH from 3595 depth 1', K.ub3595, 'BOTH', 1,
      [K.ub3595, K.bql18, K.snv12],
      [`${K.bql18} -BASED_ON-> ${K.ub3595}`, `${K.snv12} -BASED_ON-> ${K.ub3595}`]],
    ['BOTH from 3595 depth 2 reaches the siblings through 18/QĐ-BQL', K.ub3595, 'BOTH', 2,
      [K.ub3595, K.bql18, K.snv12, K.ub590, K.ub3322, K.bql05],
      [`${K.bql18} -BASED_ON-> ${K.ub3595}`, `${K.snv12} -BASED_ON-> ${K.ub3595}`, `${K.bql18} -BASED_ON-> ${K.ub590}`,
        `${K.bql18} -BASED_ON-> ${K.ub3322}`, `${K.bql18} -BASED_ON-> ${K.bql05}`, `${K.bql18} -IMPLEMENTS-> ${K.ub590}`]],
    ['BOTH from 3595 depth 3', K.ub3595, 'BOTH', 3,
      [K.ub3595, K.bql18, K.snv12, K.ub590, K.ub3322, K.bql05, K.nq01],
      [`${K.bql18} -BASED_ON-> ${K.ub3595}`, `${K.snv12} -BASED_ON-> ${K.ub3595}`, `${K.bql18} -BASED_ON-> ${K.ub590}`,
        `${K.bql18} -BASED_ON-> ${K.ub3322}`, `${K.bql18} -BASED_ON-> ${K.bql05}`, `${K.bql18} -IMPLEMENTS-> ${K.ub590}`,
        `${K.ub590} -IMPLEMENTS-> ${K.nq01}`]],
  ])('%s', async (_label, key, direction, depth, expectedNodes, expectedEdges) => {
    const r = await gql<{ lineage: { nodes: Doc[]; edges: { from: string; to: string; relation: string; quote: string | null }[] } }>(
      yoga, LINEAGE, { key, direction, depth },
    );
    expect(r.errors).toBeUndefined();
    const { nodes, edges } = r.data!.lineage;
    expect(nodes[0].key).toBe(key); // the start document comes first
    expect(sorted(nodes.map((n) => n.key))).toEqual(sorted(expectedNodes));
    expect(nodes.length).toBe(new Set(nodes.map((n) => n.key)).size);
    for (const n of nodes) expect(n).toEqual(byKey(n.key));
    expect(sorted(edges.map(edgeId))).toEqual(sorted(expectedEdges));
    const keys = new Set(nodes.map((n) => n.key));
    for (const e of edges) expect(keys.has(e.from) && keys.has(e.to)).toBe(true);
  });

  it('gives each edge the quote of the citing text; a relation also stated elsewhere appears once, with the direct quote', async () => {
    const r = await gql<{ lineage: { edges: { from: string; to: string; relation: string; quote: string | null }[] } }>(
      yoga, LINEAGE, { key: K.ub590, direction: 'UP', depth: 1 },
    );
    expect(r.data!.lineage.edges).toEqual([{ from: K.ub590, to: K.nq01, relation: 'IMPLEMENTS', quote: DIRECT_590_QUOTE }]);
    const up = await gql<{ lineage: { edges: { from: string; to: string; relation: string; quote: string | null }[] } }>(
      yoga, LINEAGE, { key: K.bql18, direction: 'UP', depth: 1 },
    );
    expect(up.data!.lineage.edges.find((e) => e.to === K.ub3595)?.quote).toBe('3595/0D-UBND ngay 31/12/2020');
  });
});

describe('errors', () => {
  it.each<[string, string, Record<string, unknown>, string, string | undefined]>([
    ['lineage of an unknown key', LINEAGE, { key: 'vn/nowhere/qd/1900/1' }, 'NOT_FOUND', undefined],
    ['lineage depth 0', LINEAGE, { key: K.bql18, depth: 0 }, 'BAD_USER_INPUT', 'depth'],
    ['lineage depth 11', LINEAGE, { key: K.bql18, depth: 11 }, 'BAD_USER_INPUT', 'depth'],
    ['lineage depth 99', LINEAGE, { key: K.bql18, depth: 99 }, 'BAD_USER_INPUT', 'depth'],
    ['lineage depth -1', LINEAGE, { key: K.bql18, depth: -1 }, 'BAD_USER_INPUT', 'depth'],
    ['lineage depth 0 of an unknown key', LINEAGE, { key: 'nope', depth: 0 }, 'BAD_USER_INPUT', 'depth'],
    ['search first 0', SEARCH, { text: '489', first: 0 }, 'BAD_USER_INPUT', 'first'],
    ['search first 101', SEARCH, { text: '489', first: 101 }, 'BAD_USER_INPUT', 'first'],
    ['search first -5', SEARCH, { text: '489', first: -5 }, 'BAD_USER_INPUT', 'first'],
    ['search empty text', SEARCH, { text: '' }, 'BAD_USER_INPUT', 'text'],
    ['search blank text', SEARCH, { text: '   ' }, 'BAD_USER_INPUT', 'text'],
    ['search punctuation only', SEARCH, { text: '.,;!?' }, 'BAD_USER_INPUT', 'text'],
    ['search separators only', SEARCH, { text: ' / - // ' }, 'BAD_USER_INPUT', 'text'],
    ['search text too long', SEARCH, { text: 'a'.repeat(501) }, 'BAD_USER_INPUT', 'text'],
    ['search too many words', SEARCH, { text: Array.from({ length: 21 }, (_, i) => `w${i}`).join(' ') }, 'BAD_USER_INPUT', 'text'],
  ])('%s → %s', async (_label, query, variables, code, argumentName) => {
    const r = await gql(yoga, query, variables);
    expect(r.errors).toHaveLength(1);
    expect(r.errors![0].extensions?.code).toBe(code);
    if (argumentName) expect(r.errors![0].extensions?.argumentName).toBe(argumentName);
    expect(r.data).toBeNull();
  });

  it('a NOT_FOUND error names the key and the path', async () => {
    const r = await gql(yoga, LINEAGE, { key: 'vn/nowhere/qd/1900/1', direction: 'DOWN', depth: 2 });
    expect(r.errors![0]).toMatchObject({ path: ['lineage'], extensions: { code: 'NOT_FOUND' } });
    expect(r.errors![0].message).toContain('vn/nowhere/qd/1900/1');
  });

  it('rejects an operation with too many top-level fields', async () => {
    const query = `{ ${Array.from({ length: 11 }, (_, i) => `a${i}: document(key: "x") { key }`).join(' ')} }`;
    const r = await gql(yoga, query);
    expect(r.errors?.[0].message).toMatch(/at most 10 top-level fields/);
    expect(r.data).toBeUndefined();
  });

  it('masks an unexpected database error: no message, stack or Cypher reaches the client', async () => {
    const failure = new neo4j.Neo4jError(
      "Invalid input 'RETRUN': expected ... (line 3) MATCH (d:Document {key: $key}) RETRUN d",
      'Neo.ClientError.Statement.SyntaxError',
      '42001',
      'error: syntax error or access rule violation',
    );
    const broken = {
      session: () => ({ executeRead: () => Promise.reject(failure), close: async () => undefined }),
    } as unknown as Driver;
    const api = createApi({ driver: broken, logging: false });
    const r = await gql(api, LINEAGE, { key: K.bql18 });
    expect(r.errors).toHaveLength(1);
    expect(r.errors![0].message).toBe('Unexpected error.');
    expect(r.errors![0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(r.text).not.toContain('RETRUN');
    expect(r.text).not.toContain('SyntaxError');
  });

  it('reports DATABASE_UNAVAILABLE when the database cannot be reached', async () => {
    const port = await closedPort();
    const unreachable = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic('neo4j', 'unused'), {
      maxTransactionRetryTime: 0,
      connectionTimeout: 2000,
      logging: { level: 'error', logger: () => undefined },
    });
    try {
      const api = createApi({ driver: unreachable, logging: false });
      for (const [query, variables] of [
        [SEARCH, { text: '489' }],
        [LINEAGE, { key: K.bql18 }],
      ] as const) {
        const r = await gql(api, query, variables);
        expect(r.errors).toHaveLength(1);
        expect(r.errors![0].extensions?.code).toBe('DATABASE_UNAVAILABLE');
        expect(r.errors![0].message).not.toContain(String(port));
      }
    } finally {
      await unreachable.close();
    }
  });
});

describe('context', () => {
  it('reads in a READ session with a transaction timeout (5 s by default) and closes the session', async () => {
    const calls: { sessionConfig?: unknown; txConfig?: { timeout?: unknown }; closed: boolean }[] = [];
    const recording = {
      session(sessionConfig: unknown) {
        const call: (typeof calls)[number] = { sessionConfig, closed: false };
        calls.push(call);
        return {
          executeRead: async (_work: unknown, txConfig: { timeout?: unknown }) => {
            call.txConfig = txConfig;
            return null;
          },
          close: async () => {
            call.closed = true;
          },
        };
      },
    } as unknown as Driver;
    for (const [options, timeout] of [[{}, 5000], [{ timeoutMs: 1234 }, 1234]] as const) {
      calls.length = 0;
      const r = await gql(createApi({ driver: recording, logging: false, ...options }), '{ document(key: "k") { key } }');
      expect(r.data).toEqual({ document: null });
      expect(calls).toEqual([{ sessionConfig: expect.objectContaining({ defaultAccessMode: neo4j.session.READ }), txConfig: expect.objectContaining({ timeout }), closed: true }]);
    }
  });
});

describe('lineage size cap', () => {
  const PREFIX = 'test/cap/';
  const HUB = `${PREFIX}hub`;
  const CITERS = MAX_NODES + 100;

  beforeAll(async () => {
    await driver.executeQuery(
      `CREATE (hub:Document {key: $hub, number: '1/QĐ-CAP', ingested: true, searchText: '1/qd-cap'})
       WITH hub UNWIND range(1, $n) AS i
       CREATE (:Document {key: $prefix + i, ingested: false, searchText: 'cap ' + i})-[:CITES {quote: 'cap'}]->(hub)`,
      { hub: HUB, prefix: PREFIX, n: neo4j.int(CITERS) },
    );
  });

  afterAll(async () => {
    await driver.executeQuery('MATCH (d:Document) WHERE d.key STARTS WITH $prefix DETACH DELETE d', { prefix: PREFIX });
  });

  it(`stops at ${MAX_NODES} documents and keeps only edges between them`, async () => {
    const r = await gql<{ lineage: { nodes: { key: string }[]; edges: { from: string; to: string }[] } }>(
      yoga, '{ lineage(key: "test/cap/hub", direction: DOWN, depth: 2) { nodes { key } edges { from to } } }',
    );
    expect(r.errors).toBeUndefined();
    const { nodes, edges } = r.data!.lineage;
    expect(nodes).toHaveLength(MAX_NODES);
    expect(nodes[0].key).toBe(HUB);
    expect(edges).toHaveLength(MAX_NODES - 1);
    const keys = new Set(nodes.map((n) => n.key));
    for (const e of edges) expect(keys.has(e.from) && e.to === HUB).toBe(true);
  });

  it(`cuts a lineage UP at ${MAX_NODES} documents too`, async () => {
    await driver.executeQuery(
      `MATCH (c:Document) WHERE c.key STARTS WITH $prefix AND c.key <> $hub
       MERGE (plan:Document {key: $plan}) ON CREATE SET plan.ingested = true, plan.searchText = 'plan'
       CREATE (plan)-[:BASED_ON {quote: 'cap'}]->(c)`,
      { prefix: PREFIX, hub: HUB, plan: `${PREFIX}plan` },
    );
    const r = await gql<{ lineage: { nodes: { key: string }[]; edges: { from: string; to: string }[]; truncated: boolean } }>(
      yoga, '{ lineage(key: "test/cap/plan", direction: UP, depth: 2) { nodes { key } edges { from to } truncated } }',
    );
    expect(r.errors).toBeUndefined();
    const { nodes, edges, truncated } = r.data!.lineage;
    expect(truncated).toBe(true);
    expect(nodes).toHaveLength(MAX_NODES);
    expect(nodes[0].key).toBe(`${PREFIX}plan`);
    const keys = new Set(nodes.map((n) => n.key));
    for (const e of edges) expect(keys.has(e.from) && keys.has(e.to)).toBe(true);
  });
});

describe('server', () => {
  it('serves /graphql (POST), GraphiQL (GET from a browser) and / on an ephemeral port', async () => {
    const server = await startServer({ driver, port: 0 });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect(server.url).not.toBe('http://127.0.0.1:0/');

      const post = await fetch(`${server.url}graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query ($key: ID!) { document(key: $key) { key number } }', variables: { key: K.ub489 } }),
      });
      expect(post.status).toBe(200);
      expect(await post.json()).toEqual({ data: { document: { key: K.ub489, number: '489/QĐ-UBND' } } });

      const graphiql = await fetch(`${server.url}graphql`, { headers: { accept: 'text/html' } });
      expect(graphiql.status).toBe(200);
      expect(graphiql.headers.get('content-type')).toMatch(/text\/html/);

      const root = await fetch(server.url);
      expect(root.status).toBe(200);
      expect(root.headers.get('content-type')).toMatch(/text\/(html|plain)/);
      const body = await root.text();
      if (root.headers.get('content-type')!.startsWith('text/plain')) expect(body).toContain('npm run build:ui');

      expect((await fetch(`${server.url}no-such-file.js`)).status).toBe(404);
      expect(await rawGet(server.url, '/%2e%2e/package.json')).toBe(404);
      expect(await rawGet(server.url, '/..%2f..%2fpackage.json')).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('answers / with a plain-text hint when the page is not built', async () => {
    const server = await startServer({ driver, port: 0, uiDist: '/nonexistent/ui/dist' });
    try {
      const root = await fetch(server.url);
      expect(root.status).toBe(200);
      expect(root.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(await root.text()).toContain('npm run build:ui');
    } finally {
      await server.close();
    }
  });

  it('close() stops the server and frees the port', async () => {
    const server = await startServer({ driver, port: 0 });
    await fetch(server.url); // leaves a keep-alive connection behind
    await server.close();
    await expect(fetch(server.url)).rejects.toThrow();
  });
});

/** A port nothing listens on (bound then released). */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((done) => probe.close(() => done()));
  return port;
}

/** GET `path` verbatim (fetch would normalize dot segments); resolves with the status. */
function rawGet(base: string, path: string): Promise<number> {
  const url = new URL(base);
  return new Promise((done, fail) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path, method: 'GET' }, (res) => {
      res.resume();
      done(res.statusCode ?? 0);
    });
    req.on('error', fail);
    req.end();
  });
}
