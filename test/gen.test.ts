/**
 * The generated corpus (bench/corpus): deterministic, and its text read by the extractor gives
 * the same graph rows as the direct writer, so benchmarks on either measure one graph.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../ingest/extract.ts';
import { toRecords } from '../ingest/records.ts';
import { generateCorpus, PROVINCES_34 } from '../bench/corpus/model.ts';
import { renderDocument } from '../bench/corpus/render.ts';
import { toFileRecords } from '../bench/corpus/rows.ts';

describe('generated corpus', () => {
  it('is the same for the same seed and differs for another', () => {
    const a = generateCorpus({ documents: 300, seed: 5 }).map(renderDocument);
    expect(generateCorpus({ documents: 300, seed: 5 }).map(renderDocument)).toEqual(a);
    expect(generateCorpus({ documents: 300, seed: 6 }).map(renderDocument)).not.toEqual(a);
  });

  it('has central documents cited by many, provinces with UBND, HĐND, Tỉnh ủy and Sở, and OCR damage', () => {
    const docs = generateCorpus({ documents: 3000, seed: 1 });
    expect(docs).toHaveLength(3000);
    const codes = new Set(docs.map((d) => d.issuer.code));
    for (const code of ['CP', 'TTg', 'BNV', 'UBND', 'HĐND', 'TU', 'SNV', 'SLĐTBXH']) expect(codes).toContain(code);
    const citedBy = new Map<number, number>();
    for (const d of docs) for (const c of d.cites) citedBy.set(c.doc.id, (citedBy.get(c.doc.id) ?? 0) + 1);
    expect(Math.max(...citedBy.values())).toBeGreaterThan(20);
    const damaged = docs.filter((d) => d.damaged).length / docs.length;
    expect(damaged).toBeGreaterThan(0.1);
    expect(damaged).toBeLessThan(0.2);
    expect(PROVINCES_34).toHaveLength(34);
  });

  it('reads back through the extractor as the rows the direct writer writes', () => {
    const docs = generateCorpus({ documents: 600, seed: 3 });
    let same = 0;
    for (const d of docs) {
      const read = toRecords('f', extract(renderDocument(d)), 'h');
      const direct = toFileRecords(d);
      const edges = (r: typeof read) => r.citations.map((c) => `${c.to} ${c.relation}`).sort();
      if (read.self.key === direct.self.key && edges(read).join() === edges(direct).join()) same++;
    }
    expect(same / docs.length).toBeGreaterThanOrEqual(0.99);
  });
});
