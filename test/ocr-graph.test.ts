/**
 * A folder of scans ingested into the real Neo4j of the global setup: the citations are found,
 * the text read by OCR is kept beside its document with its low-confidence spans, citations are
 * marked `ocr`, and a scan does not hold up the text files after it.
 */
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema, ingestPaths } from '../ingest/index.ts';
import { clearDatabase, testDriver } from './setup/db.ts';
import { decision } from './setup/documents.ts';

const fixtures = join(import.meta.dirname, 'fixtures/ocr');
let driver: Driver;
let dir: string;

beforeAll(async () => {
  driver = testDriver();
  await applySchema(driver);
  await clearDatabase(driver);
  dir = await mkdtemp(join(tmpdir(), 'cancu-ocr-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await driver?.close();
});

describe('a folder of scans', () => {
  it('ingests with the citations found, OCR marks kept, and text files not waiting for the scans', async () => {
    // Scans first in name order, then a text file that must not wait for them.
    await copyFile(join(fixtures, 'quyet-dinh-489.scan.pdf'), join(dir, 'a-quyet-dinh-489.pdf'));
    await copyFile(join(fixtures, 'ke-hoach-28.tiff'), join(dir, 'b-ke-hoach-28.tiff'));
    await writeFile(join(dir, 'c-text.txt'), decision('Khánh Hòa', '10/QĐ-UBND', [5, 1, 2020], ['Căn cứ Quyết định số 3994/QĐ-UBND ngày 31/12/2019 của UBND tỉnh;']));
    const order: string[] = [];
    const summary = await ingestPaths(driver, [dir], { ocrWorkers: 2, onProgress: (p) => { order.push(p.file.split('/').pop()!); } });
    expect(summary.failed).toEqual([]);
    expect(summary.ingested).toBe(3);
    expect(order[0]).toBe('c-text.txt');

    const { records } = await driver.executeQuery(`
      MATCH (d:Document {ingested: true})-[:HAS_TEXT]->(s:SourceText)
      RETURN d.file AS file, s.ocr AS ocr, s.ocrPages AS pages, s.ocrRanges AS ranges, s.ocrLow AS low,
             s.ocrLowConfidence AS lowConfidence, size(s.text) AS length,
             [(d)-[r]->(:Document) WHERE r.source = d.key | {number: r.quote, ocr: r.ocr, confidence: r.confidence}] AS citations
      ORDER BY file`);
    const byFile = Object.fromEntries(records.map((r) => [r.get('file'), r.toObject()]));
    for (const file of ['a-quyet-dinh-489.pdf', 'b-ke-hoach-28.tiff']) {
      const s = byFile[file];
      // Neo4j gives size() as an Integer; the lists hold floats (JavaScript numbers).
      expect(s).toMatchObject({ ocr: true, pages: 1, ranges: [0, Number(s.length)] });
      expect(s.low.length).toBe(2 * s.lowConfidence.length);
      expect(s.citations).toHaveLength(4);
      for (const c of s.citations) {
        expect(c.ocr).toBe(true);
        expect(c.confidence).toBeGreaterThan(0);
      }
    }
    expect(byFile['c-text.txt']).toMatchObject({ ocr: false, low: null });
    expect(byFile['c-text.txt'].citations.every((c: { ocr: boolean }) => c.ocr === false)).toBe(true);
  }, 180_000);
});
