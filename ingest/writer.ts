/**
 * The graph writer: the only part of ingest that talks to Neo4j. Each batch of files is one
 * write transaction of a few `UNWIND` statements (cypher/*.cypher, model in cypher/README.md);
 * the driver's `executeWrite` retries transient failures (deadlocks, leader changes) on its own.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { loadCypher, loadStatements } from '../cypher/index.ts';
import { rekey, type DocumentRecord, type FileRecords } from './records.ts';
import type { ValidityRow } from './validity.ts';

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
 * Laws cited by name only (no number) renamed to the key of the numbered law of the same alias,
 * when this batch or the graph knows that number (ingest/laws.ts).
 */
async function lawRenames(tx: ManagedTransaction, batch: FileRecords[]): Promise<Map<string, string>> {
  const docs = batch.flatMap((f) => [f.self, ...f.cited]);
  const numbered = new Map<string, string>();
  for (const d of docs) if (d.lawAlias && d.number && !numbered.has(d.lawAlias)) numbered.set(d.lawAlias, d.key);
  const unnumbered = docs.filter((d) => d.lawAlias && !d.number);
  const ask = [...new Set(unnumbered.map((d) => d.lawAlias!).filter((a) => !numbered.has(a)))];
  if (ask.length) {
    const result = await tx.run(loadCypher('law-aliases'), { aliases: ask });
    for (const r of result.records) numbered.set(r.get('alias') as string, r.get('key') as string);
  }
  const renames = new Map<string, string>();
  for (const d of unnumbered) {
    const key = numbered.get(d.lawAlias!);
    if (key && key !== d.key) renames.set(d.key, key);
  }
  return renames;
}

/**
 * One row per cited document of a batch (many files cite the same Nghị định): the first
 * mention's facts, with what it lacks taken from later ones, as write-documents would.
 */
function uniqueDocuments(docs: DocumentRecord[]): DocumentRecord[] {
  const byKey = new Map<string, DocumentRecord>();
  for (const d of docs) {
    const known = byKey.get(d.key);
    if (!known) {
      byKey.set(d.key, { ...d });
      continue;
    }
    for (const field of ['number', 'type', 'issuer', 'province', 'date', 'level', 'serial', 'lawAlias'] as const) {
      if (known[field] === null) Object.assign(known, { [field]: d[field] });
    }
    // The period is read from the title: both come from the same mention.
    if (known.title === null && d.title !== null) Object.assign(known, { title: d.title, periodStart: d.periodStart, periodEnd: d.periodEnd });
    known.resolved ||= d.resolved;
  }
  return [...byKey.values()];
}

async function single<T>(tx: ManagedTransaction, name: string, params: Record<string, unknown>, column: string): Promise<T> {
  const result = await tx.run(loadCypher(name), params);
  return result.records[0]?.get(column) as T;
}

/**
 * Write a batch of files in one transaction: forget what these files asserted before, upsert
 * their documents, the cited stubs and the issuing agencies, write their citations, join laws
 * cited by name to their numbers, link suspected duplicates, and prune stubs nobody cites any
 * more. `replacedKeys` are keys these files had before (a changed file whose identity changed):
 * their assertions go and they become stubs. Returns the number of citation relationships
 * written.
 */
export async function writeBatch(driver: Driver, batch: FileRecords[], replacedKeys: string[] = []): Promise<number> {
  const session = driver.session();
  try {
    return await session.executeWrite(async (tx) => {
      const files = rekey(batch, await lawRenames(tx, batch));
      const ingested = files.map(({ self }) => self);
      const cited = uniqueDocuments(files.flatMap((f) => f.cited));
      // One relationship per (from, relation, to, source): two files of one document (the same
      // text in two encodings) or a rename may repeat a row.
      const citations = [...new Map(files.flatMap((f) => f.citations).map(({ from, to, relation, ...props }) =>
        [`${from}|${relation}|${to}|${props.source}`, { from, to, relation, props }])).values()];
      const sources = [...new Set([...ingested.map((d) => d.key), ...replacedKeys])];
      const keys = [...new Set([...ingested, ...cited].map((d) => d.key))];
      const agencies = [...new Map(files.flatMap((f) => f.agencies).map((a) => [a.name, a])).values()];

      const laws = [...ingested, ...cited].filter((d) => d.lawAlias && d.number).map((d) => d.key);
      const texts = files.map((f) => ({
        key: f.self.key,
        file: f.file,
        text: f.text,
        ocr: f.ocr !== null,
        ocrEngine: f.ocr?.engine ?? null,
        ocrPages: f.ocr?.pages ?? null,
        ocrConfidence: f.ocr?.confidence ?? null,
        ocrRanges: f.ocr?.ranges ?? null,
        ocrLow: f.ocr?.low ?? null,
        ocrLowConfidence: f.ocr?.lowConfidence ?? null,
      }));
      const unfiled = replacedKeys.filter((k) => !keys.includes(k));
      // Sent together and run in order in the transaction: one round trip per group instead of
      // one per statement. Statements with nothing to do are not sent.
      const run = (name: string, params: Record<string, unknown>, size: number) => (size ? tx.run(loadCypher(name), params) : null);
      const [stubs, , , documents] = await Promise.all([
        run('asserted-stubs', { sources }, sources.length),
        run('clear-asserted', { sources }, sources.length),
        run('unfile-documents', { keys: unfiled }, unfiled.length),
        run('write-documents', { ingested, cited }, keys.length),
        run('write-agencies', { agencies }, agencies.length),
      ]);
      // Only documents created or changed now can have a new issuer link or a new duplicate;
      // an ingested one may have lost its number or date, so its old links are recomputed.
      const changed = (documents?.records[0]?.get('changed') as string[] | undefined) ?? [];
      const [, written] = await Promise.all([
        run('write-issued', { keys: changed }, changed.length),
        run('write-citations', { citations }, citations.length),
        run('merge-law-aliases', { keys: laws }, laws.length),
        run('same-as-suspected', { keys: changed }, changed.length),
        run('write-source-texts', { texts }, texts.length),
      ]);
      const candidates = [...((stubs?.records[0]?.get('stubs') as string[] | undefined) ?? []), ...replacedKeys];
      if (candidates.length) await tx.run(loadCypher('prune-stubs'), { keys: candidates });
      const count = written?.records[0]?.get('written');
      return Number(count ?? 0);
    });
  } finally {
    await session.close();
  }
}

/** What `deleteDocument` did. */
export interface DeleteResult {
  /** False when no document has the key. */
  found: boolean;
  /** True when other documents still cite it, so it stays as a stub (`ingested: false`). */
  keptAsStub: boolean;
}

/**
 * Remove what the document `key` asserted (its citations and the relations it stated) and its
 * file; keep it as a stub while other documents cite it, else delete it. Stubs that only it
 * cited go too. One transaction.
 */
export async function deleteDocument(driver: Driver, key: string): Promise<DeleteResult> {
  const session = driver.session();
  try {
    return await session.executeWrite(async (tx) => {
      const found = (await tx.run(loadCypher('document'), { key })).records.length > 0;
      if (!found) return { found: false, keptAsStub: false };
      const stubs = await single<string[]>(tx, 'asserted-stubs', { sources: [key] }, 'stubs');
      await tx.run(loadCypher('clear-asserted'), { sources: [key] });
      await tx.run(loadCypher('unfile-documents'), { keys: [key] });
      await tx.run(loadCypher('prune-stubs'), { keys: [...(stubs ?? []), key] });
      const kept = (await tx.run(loadCypher('document'), { key })).records.length > 0;
      return { found: true, keptAsStub: kept };
    });
  } finally {
    await session.close();
  }
}

/**
 * Store a validity table on the documents it names. Returns the indexes of the rows that name
 * no document in the graph (reported to the user, nothing else is changed for them).
 */
export async function writeValidity(driver: Driver, rows: ValidityRow[]): Promise<number[]> {
  const { records } = await driver.executeQuery(loadCypher('write-validity'), { rows });
  return records.filter((r) => Number(r.get('matched')) === 0).map((r) => Number(r.get('i')));
}
