/**
 * The API's hardening, in-process through `yoga.fetch` against the test Neo4j: every error code,
 * abusive operations refused before they run (deep nesting, alias floods, token floods, depth
 * 1000), argument caps, transaction timeouts, and read-only access.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../api/context.ts';
import { createApi, type Api } from '../api/yoga.ts';
import { applySchema } from '../ingest/index.ts';
import { clearDatabase, testDriver } from './setup/db.ts';

const A = 'vn/khanh-hoa/ubnd/qd/2020/489';
const B = 'vn/tw/bnv/qd/2016/3490';

let driver: Driver;
let yoga: Api;

interface GqlError {
  message: string;
  extensions?: { code?: string; argumentName?: string };
}

async function gql(api: Api, query: string, variables: Record<string, unknown> = {}, checkLeaks = true) {
  const response = await api.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  // Nothing a client sees may mention the database, Cypher or a stack frame (introspection, all
  // schema text on one line, is exempt: ":\d+:\d+" finds false stack frames in it).
  if (checkLeaks) expect(text).not.toMatch(/neo4j|cypher|MATCH \(|UNWIND|"stack"|\bat .+:\d+:\d+/i);
  return { status: response.status, ...(JSON.parse(text) as { data?: any; errors?: GqlError[] }) };
}

const codes = (errors: GqlError[] | undefined) => [...new Set((errors ?? []).map((e) => e.extensions?.code))];

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
  await applySchema(driver);
  await driver.executeQuery(
    `CREATE (a:Document {key: $a, number: '489/QĐ-UBND', ingested: true, searchText: '489/qd-ubnd quyet dinh', level: 5})
     CREATE (b:Document {key: $b, number: '3490/QĐ-BNV', ingested: false, searchText: '3490/qd-bnv quyet dinh', level: 4})
     CREATE (a)-[:BASED_ON {quote: 'Quyết định số 3490/QĐ-BNV', source: $a}]->(b)`,
    { a: A, b: B },
  );
  yoga = createApi({ driver, logging: false });
});

afterAll(async () => {
  await driver?.close();
});

describe('NOT_FOUND', () => {
  it.each<[string, string, Record<string, unknown>]>([
    ['lineage', 'query ($k: ID!) { lineage(key: $k) { truncated } }', { k: 'vn/nowhere/qd/1900/1' }],
    ['authorityChain', 'query ($k: ID!) { authorityChain(key: $k) { truncated } }', { k: 'vn/nowhere/qd/1900/1' }],
    ['path from', 'query ($k: ID!) { path(from: $k, to: "vn/tw/bnv/qd/2016/3490") { length } }', { k: 'vn/nowhere/qd/1900/1' }],
    ['path to', 'query ($k: ID!) { path(from: "vn/tw/bnv/qd/2016/3490", to: $k) { length } }', { k: 'vn/nowhere/qd/1900/1' }],
  ])('%s of an unknown key names the key', async (_label, query, variables) => {
    const r = await gql(yoga, query, variables);
    expect(codes(r.errors)).toEqual(['NOT_FOUND']);
    expect(r.errors![0].message).toContain('vn/nowhere/qd/1900/1');
    // Non-null fields null their parent (data: null); the nullable `path` is null itself.
    expect(r.data === null || r.data.path === null).toBe(true);
  });
});

describe('BAD_USER_INPUT', () => {
  const bad = 'WyJub3BlIl0'; // base64url of ["nope"]: not a cursor of any list
  it.each<[string, string, Record<string, unknown>, string]>([
    ['lineage depth 1000', '{ lineage(key: "x", depth: 1000) { truncated } }', {}, 'depth'],
    ['lineage depth 0', '{ lineage(key: "x", depth: 0) { truncated } }', {}, 'depth'],
    ['lineage empty relations', '{ lineage(key: "x", relations: []) { truncated } }', {}, 'relations'],
    ['authorityChain empty relations', '{ authorityChain(key: "x", relations: []) { truncated } }', {}, 'relations'],
    ['path empty relations', '{ path(from: "x", to: "y", relations: []) { length } }', {}, 'relations'],
    ['documents first 0', '{ documents(first: 0) { totalCount } }', {}, 'first'],
    ['documents first 101', '{ documents(first: 101) { totalCount } }', {}, 'first'],
    ['documents bad cursor', 'query ($a: String) { documents(after: $a) { totalCount } }', { a: bad }, 'after'],
    ['documents garbage cursor', 'query ($a: String) { documents(after: $a) { totalCount } }', { a: '%%%' }, 'after'],
    ['documents year 1800', '{ documents(filter: {yearFrom: 1800}) { totalCount } }', {}, 'filter'],
    ['documents yearFrom after yearTo', '{ documents(filter: {yearFrom: 2021, yearTo: 2020}) { totalCount } }', {}, 'filter'],
    ['citedBy first 500', `{ document(key: "${A}") { citedBy(first: 500) { totalCount } } }`, {}, 'first'],
    ['citedBy bad cursor', `query ($a: String) { document(key: "${B}") { citedBy(after: $a) { totalCount } } }`, { a: bad }, 'after'],
    ['compareProvinces level 0', '{ compareProvinces(level: 0) { level } }', {}, 'level'],
    ['compareProvinces level 8', '{ compareProvinces(level: 8) { level } }', {}, 'level'],
    ['compareProvinces no provinces', '{ compareProvinces(provinces: []) { level } }', {}, 'provinces'],
    ['search first 101', '{ search(text: "489", first: 101) { key } }', {}, 'first'],
    ['search blank', '{ search(text: "  ") { key } }', {}, 'text'],
    ['audit first 0', '{ audit(first: 0) { totalCount } }', {}, 'first'],
    ['audit yearFrom after yearTo', '{ audit(yearFrom: 2022, yearTo: 2020) { totalCount } }', {}, 'yearFrom'],
  ])('%s', async (_label, query, variables, argumentName) => {
    const r = await gql(yoga, query, variables);
    expect(codes(r.errors)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0].extensions?.argumentName).toBe(argumentName);
  });

  it('a variable that does not fit its type (an unknown relation)', async () => {
    const r = await gql(yoga, 'query ($r: [Relation!]) { lineage(key: "x", relations: $r) { truncated } }', { r: ['FOO'] });
    expect(codes(r.errors)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0].message).toContain('FOO');
  });

  it('parse and validation errors are coded too, without suggesting field names', async () => {
    expect(codes((await gql(yoga, '{ document(key: ')).errors)).toEqual(['GRAPHQL_PARSE_FAILED']);
    const r = await gql(yoga, '{ document(key: "x") { nam } }');
    expect(codes(r.errors)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(r.errors![0].message).not.toContain('name');
  });
});

describe('LIMIT_EXCEEDED: abusive operations are refused before they run', () => {
  const nest = (levels: number) =>
    `{ document(key: "${A}") ${'{ citations { citations { to '.repeat(levels)}{ key }${' } } }'.repeat(levels)} }`;

  it.each<[string, string, RegExp]>([
    ['deep nesting (depth 13)', `{ document(key: "x") { citedBy { edges { node { from { citedBy { edges { node { from { citedBy { edges { node { relation } } } } } } } } } } } } }`, /depth limit of 10 exceeded, found 13/],
    ['nesting 60 levels deep (depth and cost)', nest(60), /depth limit of 10 exceeded|Cost limit of 5000 exceeded/],
    ['nesting 1000 levels deep (token limit, before the document is even built)', nest(1000), /Token limit of 1000 exceeded/],
    ['an alias flood (16 aliases)', `{ document(key: "x") { ${Array.from({ length: 16 }, (_, i) => `k${i}: key`).join(' ')} } }`, /Aliases limit of 15 exceeded, found 16/],
    ['a flood of 1200 tokens', `{ ${'__typename '.repeat(1200)}}`, /Token limit of 1000 exceeded/],
    ['30 directives', `{ document(key: "x") { key ${'@include(if: true) '.repeat(30)}} }`, /Directives limit of 20 exceeded/],
    ['11 top-level fields', `{ ${Array.from({ length: 11 }, (_, i) => `a${i}: stats { documents }`).join(' ')} }`, /at most 10 top-level fields/],
  ])('%s', async (_label, query, message) => {
    const r = await gql(yoga, query);
    expect(r.errors!.some((e) => e.extensions?.code === 'LIMIT_EXCEEDED' && message.test(e.message))).toBe(true);
    expect(r.data).toBeUndefined();
  });

  it('lets the deepest useful query and GraphiQL’s introspection through', async () => {
    const deep = `{ document(key: "${B}") { citedBy { edges { node { from { citations { citations { to { key } } } } } } } } }`;
    const r = await gql(yoga, deep);
    expect(r.errors).toBeUndefined();
    expect(r.data.document.citedBy.edges[0].node.from.citations[0].citations[0].to.key).toBe(B);
    const { getIntrospectionQuery } = await import('graphql');
    const intro = await gql(yoga, getIntrospectionQuery(), {}, false);
    expect(intro.errors).toBeUndefined();
    expect(intro.data.__schema.mutationType).toBeNull(); // read-only: no mutations at all
  });

  it('a transaction that runs out of time is LIMIT_EXCEEDED, without the query text', async () => {
    const timedOut = new neo4j.Neo4jError(
      'The transaction has been terminated... MATCH (d:Document) RETURN d',
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
      '25N05',
      'transaction timed out',
    );
    const slow = { session: () => ({ executeRead: () => Promise.reject(timedOut), close: async () => undefined }) } as unknown as Driver;
    const r = await gql(createApi({ driver: slow, logging: false }), '{ stats { documents } }');
    expect(codes(r.errors)).toEqual(['LIMIT_EXCEEDED']);
    expect(r.errors![0].message).not.toContain('MATCH');
  });
});

describe('DATABASE_UNAVAILABLE', () => {
  it('for every kind of query when the database is gone', async () => {
    const gone = neo4j.driver('bolt://127.0.0.1:9', neo4j.auth.basic('neo4j', 'unused'), {
      maxTransactionRetryTime: 0,
      connectionTimeout: 2000,
      logging: { level: 'error', logger: () => undefined },
    });
    try {
      const api = createApi({ driver: gone, logging: false });
      for (const query of ['{ stats { documents } }', '{ documents { totalCount } }', `{ authorityChain(key: "${A}") { truncated } }`]) {
        expect(codes((await gql(api, query)).errors)).toEqual(['DATABASE_UNAVAILABLE']);
      }
    } finally {
      await gone.close();
    }
  });
});

describe('read-only', () => {
  it('the context’s transactions refuse writes', async () => {
    const context = createContext({ driver });
    await expect(context.read((tx) => tx.run("CREATE (:Document {key: 'written'})"))).rejects.toThrow();
    const { records } = await driver.executeQuery("MATCH (d:Document {key: 'written'}) RETURN count(d) AS n");
    expect(records[0].get('n').toNumber()).toBe(0);
  });
});
