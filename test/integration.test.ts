/**
 * The whole path once, for real: the local Neo4j of the global setup, the ingest of the sample
 * corpus, and GraphQL lineage through the API in-process (yoga.fetch).
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../api/yoga.ts';
import { applySchema, ingestPaths, readDocumentFile } from '../ingest/index.ts';
import { writeBatch } from '../ingest/writer.ts';
import { clearDatabase, testDriver } from './setup/db.ts';

const CORPUS = new URL('../examples/corpus/', import.meta.url).pathname;
let driver: Driver;

async function gql(query: string, variables: Record<string, unknown> = {}) {
  const res = await createApi({ driver }).fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: Array<{ message: string }> };
}

async function counts(): Promise<{ nodes: number; relationships: number }> {
  const { records } = await driver.executeQuery('MATCH (n) WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS relationships');
  return { nodes: Number(records[0].get('nodes')), relationships: Number(records[0].get('relationships')) };
}

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
  await applySchema(driver);
});
afterAll(async () => driver?.close());

describe('sample corpus → graph → GraphQL lineage', () => {
  it('ingests the five sample documents', async () => {
    const summary = await ingestPaths(driver, [CORPUS]);
    expect(summary).toMatchObject({ files: 5, ingested: 5, failed: [] });
    expect(summary.citations).toBeGreaterThanOrEqual(50);
  });

  it('the UP lineage of 18/QĐ-BQL holds its four legal bases', async () => {
    const found = await gql('query($t: String!) { search(text: $t) { key number issuer date ingested } }', { t: '18/QĐ-BQL' });
    const doc = found.data.search.find((d: { number: string }) => d.number === '18/QĐ-BQL');
    expect(doc).toMatchObject({ issuer: 'Ban QLDA Phát triển tỉnh Khánh Hòa', date: '2021-03-24', ingested: true });

    const lineage = await gql('query($k: ID!) { lineage(key: $k, direction: UP, depth: 3) { nodes { key number } edges { from to relation } } }', { k: doc.key });
    const numbers = lineage.data.lineage.nodes.map((n: { number: string }) => n.number);
    expect(numbers).toEqual(expect.arrayContaining(['3595/QĐ-UBND', '590/QĐ-UBND', '3322/QĐ-UBND', '05/QĐ-BQL']));
    const keyOf = (n: string) => lineage.data.lineage.nodes.find((d: { number: string }) => d.number === n).key;
    const based = lineage.data.lineage.edges.filter((e: { from: string; relation: string }) => e.from === doc.key && e.relation === 'BASED_ON').map((e: { to: string }) => e.to);
    expect(based.sort()).toEqual(['3595/QĐ-UBND', '590/QĐ-UBND', '3322/QĐ-UBND', '05/QĐ-BQL'].map(keyOf).sort());
  });

  it('489/QĐ-UBND rests on 3490/QĐ-BNV, the 2020 plan 3994/QĐ-UBND and the 2015 local-government law', async () => {
    const found = await gql('{ search(text: "quyet dinh 489") { key number issuer } }');
    const doc = found.data.search.find((d: { number: string; issuer: string }) => d.number === '489/QĐ-UBND');
    expect(doc.issuer).toBe('UBND tỉnh Khánh Hòa');
    const lineage = await gql('query($k: ID!) { lineage(key: $k, depth: 1) { nodes { number title ingested } } }', { k: doc.key });
    const nodes = lineage.data.lineage.nodes;
    expect(nodes.map((n: { number: string }) => n.number)).toEqual(expect.arrayContaining(['3490/QĐ-BNV', '3994/QĐ-UBND']));
    // Cited by name only; the law table (ingest/laws.ts) gives its number.
    expect(nodes).toContainEqual({ number: '77/2015/QH13', title: 'Luật Tổ chức chính quyền địa phương', ingested: false });
  });

  it('a second ingest, skipping or rewriting the unchanged files, changes no count', async () => {
    const before = await counts();
    const again = await ingestPaths(driver, [CORPUS]);
    expect(again).toMatchObject({ ingested: 0, unchanged: 5 });
    expect(await counts()).toEqual(before);

    const records = await Promise.all(['000_f532567470d3b9ab.txt', '001_b1f1a5f37476054a.txt', '004_c4649116cd363a40.txt']
      .map((f) => readDocumentFile(`${CORPUS}${f}`, 1 << 24)));
    await writeBatch(driver, records);
    expect(await counts()).toEqual(before);
  });
});
