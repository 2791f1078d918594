/**
 * The graph model against the real Neo4j of the global setup: identity (keys, stubs, laws by
 * name and number, suspected duplicates), agencies, provenance, update and delete.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { applySchema, deleteDocument, extract, ingestPaths, toRecords } from '../ingest/index.ts';
import { startLocalNeo4j } from '../neo4j/local.ts';
import { clearDatabase, testDriver } from './setup/db.ts';
import { decision } from './setup/documents.ts';

const CORPUS = new URL('../examples/corpus/', import.meta.url).pathname;
let driver: Driver;
let dir: string;

/** Write `files` (name → text) into the test folder and ingest them. */
async function ingest(files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return ingestPaths(driver, Object.keys(files).map((n) => join(dir, n)), { retryDelayMs: 10 });
}

async function rows(cypher: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  const { records } = await driver.executeQuery(cypher, params);
  return records.map((r) => Object.fromEntries(Object.entries(r.toObject()).map(([k, v]) => [k, plain(v)])));
}

/** Neo4j integers as numbers, inside maps too. */
function plain(v: unknown): unknown {
  if (neo4j.isInt(v)) return (v as { toNumber(): number }).toNumber();
  if (v && typeof v === 'object' && !Array.isArray(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return v;
}

async function doc(key: string): Promise<Record<string, unknown> | undefined> {
  return (await rows('MATCH (d:Document {key: $key}) RETURN d {.*} AS d', { key }))[0]?.d as Record<string, unknown> | undefined;
}

beforeAll(async () => {
  driver = testDriver();
  await applySchema(driver);
});
beforeEach(async () => {
  await clearDatabase(driver);
  dir = await mkdtemp(join(tmpdir(), 'cancu-graph-'));
  return () => rm(dir, { recursive: true, force: true });
});
afterAll(async () => driver?.close());

describe('identity', () => {
  it('3994/QĐ-UBND of Khánh Hòa and of Bình Định are two documents', async () => {
    const line = 'Căn cứ Quyết định số 3994/QĐ-UBND ngày 31/12/2019 của UBND tỉnh;';
    await ingest({
      'kh.txt': decision('Khánh Hòa', '10/QĐ-UBND', [5, 1, 2020], [line]),
      'bd.txt': decision('Bình Định', '11/QĐ-UBND', [6, 1, 2020], [line]),
    });
    const keys = await rows("MATCH (d:Document {number: '3994/QĐ-UBND'}) RETURN d.key AS key, d.province AS province ORDER BY key");
    expect(keys).toEqual([
      { key: 'vn/binh-dinh/ubnd/qd/2019/3994', province: 'Bình Định' },
      { key: 'vn/khanh-hoa/ubnd/qd/2019/3994', province: 'Khánh Hòa' },
    ]);
  });

  it('the same cited document under different OCR damage is one node', async () => {
    await ingest({
      'clean.txt': decision('Khánh Hòa', '10/QĐ-UBND', [5, 1, 2020], ['Căn cứ Quyết định số 524/QĐ-UBND ngày 04/3/2016 của UBND tỉnh Khánh Hòa;']),
      'ocr.txt': decision('Khánh Hòa', '12/QĐ-UBND', [7, 1, 2020], ['Céin cie Quyét dinh s6 524/0P- UBND ngay 04/3/2016 ciia UBND tinh Khdnh Hoa;']),
    });
    const cited = await rows("MATCH (a)-[r:BASED_ON]->(d:Document {number: '524/QĐ-UBND'}) RETURN d.key AS key, a.number AS citing ORDER BY citing");
    expect(cited).toEqual([
      { key: 'vn/khanh-hoa/ubnd/qd/2016/524', citing: '10/QĐ-UBND' },
      { key: 'vn/khanh-hoa/ubnd/qd/2016/524', citing: '12/QĐ-UBND' },
    ]);
  });

  it('a stub made by a citation is filled in place when its own file is ingested', async () => {
    await ingest({ 'a.txt': decision('Khánh Hòa', '20/QĐ-UBND', [1, 6, 2020], ['Căn cứ Quyết định số 15/QĐ-UBND ngày 02/5/2020 của UBND tỉnh;']) });
    expect(await doc('vn/khanh-hoa/ubnd/qd/2020/15')).toMatchObject({ ingested: false, date: '2020-05-02' });
    expect((await doc('vn/khanh-hoa/ubnd/qd/2020/15'))?.title).toBeUndefined();
    await ingest({ 'b.txt': decision('Khánh Hòa', '15/QĐ-UBND', [2, 5, 2020], []) });
    expect(await doc('vn/khanh-hoa/ubnd/qd/2020/15')).toMatchObject({ ingested: true, file: 'b.txt', title: 'Về việc ban hành Kế hoạch thử nghiệm' });
    expect(await rows('MATCH (:Document)-[r:BASED_ON]->(:Document {key: $k}) RETURN count(r) AS n', { k: 'vn/khanh-hoa/ubnd/qd/2020/15' })).toEqual([{ n: 1 }]);
  });

  it('two citations that disagree on a date keep both claims, each with its source', async () => {
    await ingest({ 'a.txt': decision('Khánh Hòa', '30/QĐ-UBND', [1, 6, 2020], ['Căn cứ Quyết định số 100/QĐ-UBND ngày 02/5/2020 của UBND tỉnh;']) });
    await ingest({ 'b.txt': decision('Khánh Hòa', '31/QĐ-UBND', [2, 6, 2020], ['Căn cứ Quyết định số 100/QĐ-UBND ngày 20/5/2020 của UBND tỉnh;']) });
    expect(await doc('vn/khanh-hoa/ubnd/qd/2020/100')).toMatchObject({ date: '2020-05-02' });
    const claims = await rows('MATCH (a:Document)-[r]->(:Document {key: $k}) RETURN r.citedDate AS date, r.file AS file ORDER BY file', { k: 'vn/khanh-hoa/ubnd/qd/2020/100' });
    expect(claims).toEqual([{ date: '2020-05-02', file: 'a.txt' }, { date: '2020-05-20', file: 'b.txt' }]);
  });
});

describe('laws cited by name and by number', () => {
  // A law the law table (ingest/laws.ts) does not know: its number is learned from citations.
  const byName = 'Căn cứ Luật Thống kê ngày 23/11/2015;';
  const byNumber = 'Căn cứ Luật Thống kê số 89/2015/QH13 ngày 23/11/2015;';

  it('a law the table knows is one node under its number, cited by name or by number', async () => {
    await ingest({
      'a.txt': decision('Khánh Hòa', '40/QĐ-UBND', [1, 6, 2020], ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;']),
      'b.txt': decision('Bình Định', '41/QĐ-UBND', [1, 6, 2020], ['Căn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13 ngày 19/6/2015;']),
    });
    const laws = await rows("MATCH (d:Document) WHERE d.type = 'Luật' RETURN d.key AS key, d.number AS number, d.title AS title, COUNT { (d)<--(:Document) } AS citedBy");
    expect(laws).toEqual([{ key: 'vn/tw/qh/luat/2015/77', number: '77/2015/QH13', title: 'Luật Tổ chức chính quyền địa phương', citedBy: 2 }]);
  });

  it('a name-only law folds into its number once a later citation gives both', async () => {
    await ingest({ 'a.txt': decision('Khánh Hòa', '42/QĐ-UBND', [1, 6, 2020], [byName]) });
    expect(await rows("MATCH (d:Document {type: 'Luật'}) RETURN d.key AS key")).toEqual([{ key: 'vn/tw/qh/luat/2015/luat-thong-ke' }]);
    await ingest({ 'b.txt': decision('Khánh Hòa', '43/QĐ-UBND', [1, 6, 2020], [byNumber]) });
    const laws = await rows("MATCH (d:Document {type: 'Luật'}) RETURN d.key AS key, COUNT { (d)<-[:BASED_ON]-(:Document) } AS citedBy");
    expect(laws).toEqual([{ key: 'vn/tw/qh/luat/2015/89', citedBy: 2 }]);
  });

  it('a name-only citation after the numbered law joins it directly', async () => {
    await ingest({ 'b.txt': decision('Khánh Hòa', '43/QĐ-UBND', [1, 6, 2020], [byNumber]) });
    await ingest({ 'a.txt': decision('Khánh Hòa', '42/QĐ-UBND', [1, 6, 2020], [byName]) });
    const laws = await rows("MATCH (d:Document {type: 'Luật'}) RETURN d.key AS key, COUNT { (d)<-[:BASED_ON]-(:Document) } AS citedBy");
    expect(laws).toEqual([{ key: 'vn/tw/qh/luat/2015/89', citedBy: 2 }]);
  });
});

describe('the sample corpus', () => {
  beforeEach(async () => {
    await ingestPaths(driver, [CORPUS]);
  });

  it('links 489/QĐ-SLĐTBXH and 489/QĐ-UBND of 11/3/2020 as suspected duplicates, with the reason', async () => {
    const same = await rows('MATCH (a)-[s:SAME_AS_SUSPECTED]->(b) RETURN a.number AS a, b.number AS b, s.reason AS reason');
    expect(same).toEqual([{
      a: '489/QĐ-SLĐTBXH', b: '489/QĐ-UBND',
      reason: 'Cùng số 489, cùng loại và ngày 2020-03-11 nhưng khác cơ quan ban hành: Sở LĐTBXH tỉnh Khánh Hòa / UBND tỉnh Khánh Hòa',
    }]);
    expect(await rows("MATCH (d:Document) WHERE d.number STARTS WITH '489/' RETURN count(d) AS n")).toEqual([{ n: 2 }]);
  });

  it('puts each issuer in the agency hierarchy: Sở → UBND tỉnh → Chính phủ, Tỉnh ủy → Trung ương', async () => {
    const up = await rows(`MATCH p = (:Agency {name: 'Sở LĐTBXH tỉnh Khánh Hòa'})-[:PART_OF*]->(top) WHERE NOT (top)-[:PART_OF]->()
      RETURN [a IN nodes(p) | a.name] AS chain`);
    expect(up).toEqual([{ chain: ['Sở LĐTBXH tỉnh Khánh Hòa', 'UBND tỉnh Khánh Hòa', 'Chính phủ'] }]);
    const party = await rows("MATCH (a:Agency)-[:PART_OF]->(p:Agency) WHERE a.name STARTS WITH 'Tỉnh ủy' RETURN DISTINCT p.name AS parent");
    expect(party).toEqual([{ parent: 'Ban Chấp hành Trung ương' }]);
    const issued = await rows("MATCH (a:Agency)-[:ISSUED]->(d:Document {number: '3490/QĐ-BNV'}) MATCH (a)-[:PART_OF]->(p) RETURN a.name AS agency, a.level AS level, p.name AS parent");
    expect(issued).toEqual([{ agency: 'Bộ Nội vụ', level: 4, parent: 'Chính phủ' }]);
    const province = await rows("MATCH (:Agency {name: 'UBND tỉnh Bình Định'})-[:IN_PROVINCE]->(p:Province) RETURN p.name AS name");
    expect(province).toEqual([{ name: 'Bình Định' }]);
  });

  it('every citation carries its provenance: source document, file, quote, offsets, confidence', async () => {
    const bad = await rows(`MATCH (:Document)-[r:BASED_ON|IMPLEMENTS|GUIDES|AMENDS|REPLACES|REPEALS|CITES]->(:Document)
      WHERE r.source IS NULL OR r.file IS NULL OR r.quote IS NULL OR r.start IS NULL OR r.end <= r.start OR NOT r.confidence > 0
      RETURN count(r) AS n`);
    expect(bad).toEqual([{ n: 0 }]);
    const stated = await rows('MATCH (a)-[r {stated: true}]->(b) MATCH (s:Document {key: r.source}) RETURN count(r) AS n, count(DISTINCT s) AS sources');
    expect(Number(stated[0].n)).toBeGreaterThan(0);
  });

  it("keeps each file's text beside its document: every quote is the text at its offsets", async () => {
    const quotes = await rows(`MATCH (:Document)-[r:BASED_ON|IMPLEMENTS|GUIDES|AMENDS|REPLACES|REPEALS|CITES]->(:Document)
      MATCH (:Document {key: r.source})-[:HAS_TEXT]->(t:SourceText)
      RETURN r.quote AS quote, substring(t.text, r.start, r.end - r.start) AS atOffsets`);
    expect(quotes.length).toBeGreaterThanOrEqual(50);
    for (const q of quotes) expect(q.atOffsets).toBe(q.quote);
    expect(await rows('MATCH (d:Document {ingested: true}) WHERE NOT (d)-[:HAS_TEXT]->(:SourceText) RETURN d.key AS key')).toEqual([]);
  });
});

describe('update and delete', () => {
  const first = ['Căn cứ Quyết định số 50/QĐ-UBND ngày 02/5/2020 của UBND tỉnh;', 'Căn cứ Quyết định số 51/QĐ-UBND ngày 03/5/2020 của UBND tỉnh;'];

  it('a changed file replaces its citations; a stub nobody cites any more goes', async () => {
    await ingest({ 'a.txt': decision('Khánh Hòa', '60/QĐ-UBND', [1, 6, 2020], first) });
    const summary = await ingest({ 'a.txt': decision('Khánh Hòa', '60/QĐ-UBND', [1, 6, 2020], [first[0]]) });
    expect(summary).toMatchObject({ ingested: 1, unchanged: 0 });
    expect(await rows('MATCH (:Document {key: $k})-[r]->(b:Document) RETURN b.number AS number', { k: 'vn/khanh-hoa/ubnd/qd/2020/60' })).toEqual([{ number: '50/QĐ-UBND' }]);
    expect(await doc('vn/khanh-hoa/ubnd/qd/2020/51')).toBeUndefined();
  });

  it('--delete keeps a document still cited as a stub, and removes one nobody cites', async () => {
    await ingest({
      'a.txt': decision('Khánh Hòa', '60/QĐ-UBND', [1, 6, 2020], first),
      'b.txt': decision('Khánh Hòa', '50/QĐ-UBND', [2, 5, 2020], []),
    });
    expect(await deleteDocument(driver, 'vn/khanh-hoa/ubnd/qd/2020/50')).toEqual({ found: true, keptAsStub: true });
    expect(await doc('vn/khanh-hoa/ubnd/qd/2020/50')).toMatchObject({ ingested: false });
    expect((await doc('vn/khanh-hoa/ubnd/qd/2020/50'))?.file).toBeUndefined();

    expect(await deleteDocument(driver, 'vn/khanh-hoa/ubnd/qd/2020/60')).toEqual({ found: true, keptAsStub: false });
    expect(await rows('MATCH (d:Document) RETURN count(d) AS n')).toEqual([{ n: 0 }]);
    expect(await deleteDocument(driver, 'vn/khanh-hoa/ubnd/qd/2020/60')).toEqual({ found: false, keptAsStub: false });
  });
});

describe('an interrupted ingest', () => {
  it('is completed by a re-run: the graph ends as after one clean run', async () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 120; i++) {
      files[`qd-${i}.txt`] = decision('Khánh Hòa', `${1000 + i}/QĐ-UBND`, [1 + (i % 28), 1 + (i % 12), 2021], [
        `Căn cứ Quyết định số ${i}/QĐ-UBND ngày 02/01/2020 của UBND tỉnh;`,
        `Căn cứ Quyết định số ${1000 + i - 1}/QĐ-UBND ngày 03/01/2021 của UBND tỉnh;`,
        'Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ;',
      ]);
    }
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
    const counts = async () => (await rows(`MATCH (d:Document) WITH count(d) AS documents, count(CASE WHEN d.ingested THEN 1 END) AS ingested
      OPTIONAL MATCH (:Document)-[r]->(:Document) RETURN documents, ingested, count(r) AS relationships`))[0];

    // Kill the CLI as soon as its first batches have landed.
    const child = spawn(process.execPath, ['--import', 'tsx', 'ingest/cli.ts', dir, '--batch-size', '5'], {
      cwd: new URL('..', import.meta.url).pathname,
      env: { ...process.env, NEO4J_URI: inject('neo4jUri') },
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    for (let tries = 0; tries < 600; tries++) {
      const now = await counts();
      if (Number(now.ingested) > 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    child.kill('SIGKILL');
    await exited;
    const partial = await counts();
    expect(Number(partial.ingested)).toBeGreaterThan(0);
    expect(Number(partial.ingested)).toBeLessThan(120);

    const rerun = await ingestPaths(driver, [dir]);
    expect(rerun.failed).toEqual([]);
    expect(rerun.ingested + rerun.unchanged).toBe(120);
    expect(rerun.unchanged).toBe(Number(partial.ingested));
    const completed = await counts();

    await clearDatabase(driver);
    await ingestPaths(driver, [dir]);
    expect(completed).toEqual(await counts());
    expect(completed).toMatchObject({ ingested: 120 });
  });
});

describe('a folder of mixed and broken files', () => {
  it('ingests every readable file, one document however it was encoded, and reports the rest with reasons', async () => {
    const formats = new URL('./fixtures/formats/', import.meta.url).pathname;
    const summary = await ingestPaths(driver, [formats]);
    const failed = Object.fromEntries(summary.failed.map((f) => [f.file.split('/').pop(), f.reason]));
    expect(Object.keys(failed).sort()).toEqual(['binary.txt', 'empty.txt', 'russian-cp1251.txt', 'scanned.pdf', 'text-named.docx', 'text-named.pdf']);
    expect(failed['scanned.pdf']).toMatch(/no text layer/);
    expect(failed['empty.txt']).toBe('empty file');
    expect(summary.ingested).toBe(8);
    // sample.txt in UTF-8, UTF-16, Windows-1258, TCVN3, VNI, .docx and PDF is one document.
    const sample = await rows(`MATCH (d:Document) WHERE d.ingested AND d.file STARTS WITH 'sample.'
      RETURN d.key AS key, d.number AS number, COUNT { (d)-->(:Document) } AS cites`);
    expect(sample).toHaveLength(1);
    const fromText = toRecords('sample.txt', extract(readFileSync(join(formats, 'sample.txt'), 'utf8')), 'h');
    expect(sample[0]).toMatchObject({ key: fromText.self.key, cites: fromText.citations.filter((c) => !c.stated).length });
  });
});

describe('a database that goes away during an ingest', () => {
  it('reports the files that did not land, and a re-run completes them', async () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 6; i++) files[`qd-${i}.txt`] = decision('Khánh Hòa', `${700 + i}/QĐ-UBND`, [1, 6, 2021], [`Căn cứ Quyết định số ${600 + i}/QĐ-UBND ngày 02/01/2020 của UBND tỉnh;`]);
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
    const port = Number(process.env.TEST_NEO4J_PORT || 7688) + 20;
    const dataDir = join(dir, 'db');
    let db = await startLocalNeo4j({ port, dataDir });
    // The driver's own retries would wait 30 s for a database that is not coming back.
    let own = neo4j.driver(db.uri, undefined, { maxTransactionRetryTime: 500 });
    try {
      await applySchema(own);
      const first = await ingestPaths(own, [dir], {
        batchSize: 2, retryDelayMs: 10,
        onProgress: async (p) => { if (p.done === 2) await db.stop(); },
      });
      expect(first.ingested).toBe(2);
      expect(first.failed.map((f) => f.file.split('/').pop()).sort()).toEqual(['qd-3.txt', 'qd-4.txt', 'qd-5.txt', 'qd-6.txt']);
      expect(first.failed[0].reason).toMatch(/^not written to the database \(.+\); run the ingest again to complete it$/);

      await own.close();
      db = await startLocalNeo4j({ port, dataDir });
      own = neo4j.driver(db.uri);
      const second = await ingestPaths(own, [dir]);
      expect(second).toMatchObject({ ingested: 4, unchanged: 2, failed: [] });
      const { records } = await own.executeQuery('MATCH (d:Document {ingested: true}) RETURN count(d) AS n');
      expect(Number(records[0].get('n'))).toBe(6);
    } finally {
      await own.close();
      await db.stop();
    }
  }, 180_000);
});
