import neo4j from 'neo4j-driver';
import { rm } from 'node:fs/promises';
import { startLocalNeo4j } from '../neo4j/local.ts';
import { extract } from '../ingest/extract.ts';
import { toRecords } from '../ingest/records.ts';
import { applySchema } from '../ingest/writer.ts';
import { loadCypher } from '../cypher/index.ts';
import { sampleTexts, variants } from './generate.ts';
await rm('/tmp/nb', { recursive: true, force: true });
const db = await startLocalNeo4j({ port: 7690, dataDir: '/tmp/nb' });
const driver = neo4j.driver(db.uri);
await applySchema(driver);
const files = []; let i = 0;
for (const t of variants(sampleTexts('all'), 3)) { if (files.length >= 4000) break; files.push(toRecords(`g${i++}.txt`, extract(t), 'h' + i)); }
const BS = Number(process.env.BS || 50);
const CREATE = process.env.CREATE === '1';
const times: Record<string, number> = {};
const s = driver.session();
for (let b = 0; b < files.length; b += BS) {
  const batch = files.slice(b, b + BS);
  const ingested = batch.map((f) => f.self); const cited = batch.flatMap((f) => f.cited);
  const citations = batch.flatMap((f) => f.citations.map(({ from, to, relation, source, ...props }) => ({ from, to, relation, source, props: { ...props, source } })));
  const sources = ingested.map((d) => d.key); const keys = [...new Set([...ingested, ...cited].map((d) => d.key))];
  const agencies = [...new Map(batch.flatMap((f) => f.agencies).map((a) => [a.name, a])).values()];
  const steps: Array<[string, Record<string, unknown>]> = [['asserted-stubs', { sources }], ['clear-asserted', { sources }], ['unfile-documents', { keys: [] }], ['write-documents', { ingested, cited }], ['write-agencies', { agencies }], ['write-issued', { keys }], ['write-citations', { citations }], ['merge-law-aliases', { keys: [] }], ['same-as-suspected', { keys }], ['prune-stubs', { keys: [] }]];
  const row: number[] = []; const t0 = Date.now(); await s.executeWrite(async (tx) => { for (const [n, p] of steps) { const t = Date.now(); await tx.run(CREATE && n === 'write-citations' ? loadCypher(n).replace('MERGE (a)-[r:$(c.relation) {source: c.source}]->(b)', 'CREATE (a)-[r:$(c.relation)]->(b)') : loadCypher(n), p); row.push(Date.now() - t); times[n] = (times[n] ?? 0) + Date.now() - t; } }); if ((b / BS) % 5 === 0) console.log(b, Date.now() - t0, row.join(' '));
}
const tot = Object.values(times).reduce((a, b) => a + b, 0); const cit = files.reduce((n, f) => n + f.citations.length, 0); console.log(times, cit, 'citations', tot, 'ms', Math.round(cit / tot * 1000), '/s');
/* await driver.executeQuery('PROFILE ' + loadCypher('write-citations'), { citations: files[0].citations.map(({ from, to, relation, source, ...props }) => ({ from, to, relation, source, props: { ...props, source } })) });
*/ //.profile ? JSON.stringify(plan.summary.profile, (k, v) => (k === 'arguments' ? undefined : v)).slice(0, 3000) : '');
await driver.close(); await db.stop();
