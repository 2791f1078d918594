/**
 * The graph writer: the only part of ingest that talks to Neo4j. Each batch of files is one
 * write transaction of a few `UNWIND` statements (cypher/write-*.cypher); the driver's
 * `executeWrite` retries transient failures (deadlocks, leader changes) on its own.
 */
import type { Driver } from 'neo4j-driver';
import { loadCypher, loadStatements } from '../cypher/index.ts';
import type { FileRecords } from './records.ts';

/** Apply cypher/schema.cypher (constraints and indexes; idempotent). */
export async function applySchema(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    for (const statement of loadStatements('schema')) await session.run(statement);
    await session.run('CALL db.awaitIndexes(60)');
  } finally {
    await session.close();
  }
}

/** Content hash and key of files already in the graph, by file name. */
export async function knownFiles(driver: Driver, files: string[]): Promise<Map<string, { contentHash: string; key: string }>> {
  const { records } = await driver.executeQuery(loadCypher('file-hashes'), { files }, { routing: 'READ' });
  return new Map(records.map((r) => [r.get('file') as string, { contentHash: r.get('contentHash') as string, key: r.get('key') as string }]));
}

/** Number of documents in the graph, and of those ingested from files. */
export async function countDocuments(driver: Driver): Promise<{ documents: number; ingested: number }> {
  const { records } = await driver.executeQuery(loadCypher('count-documents'), {}, { routing: 'READ' });
  const r = records[0];
  return { documents: Number(r.get('documents')), ingested: Number(r.get('ingested')) };
}

/**
 * Write a batch of files in one transaction: forget what these files asserted before, upsert
 * their documents and the cited stubs, write their citations. `replacedKeys` are keys these
 * files had before (a changed file whose identity changed): their assertions go too.
 * Returns the number of citation relationships written.
 */
export async function writeBatch(driver: Driver, batch: FileRecords[], replacedKeys: string[] = []): Promise<number> {
  const ingested = batch.map((f) => f.self);
  const cited = batch.flatMap((f) => f.cited);
  const citations = batch.flatMap((f) =>
    f.citations.map(({ from, to, relation, source, ...props }) => ({ from, to, relation, source, props: { ...props, source } })),
  );
  const sources = [...new Set([...ingested.map((d) => d.key), ...replacedKeys])];
  const session = driver.session();
  try {
    return await session.executeWrite(async (tx) => {
      await tx.run(loadCypher('clear-asserted'), { sources });
      await tx.run(loadCypher('write-documents'), { ingested, cited });
      const result = await tx.run(loadCypher('write-citations'), { citations });
      return Number(result.records[0]?.get('written') ?? 0);
    });
  } finally {
    await session.close();
  }
}
