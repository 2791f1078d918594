import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { citationRow, extract } from '../ingest/extract.ts';

// Text made of the pieces citations are made of, so the generator reaches the extractor's rules.
const piece = fc.constantFrom('Căn cứ ', 'Quyết định số ', 'Quyet dinh s6 ', '489/QĐ-UBND', '61/2018/ND- CP', '12-CTr/TU', '345/SNV-CCHC',
  ' ngày 11/3/2020', ' ngay 24 thang 3 nam 2021', ' của UBND tỉnh Khánh Hòa', ' ciia B6 Chinh tri', ' về việc ', 'thực hiện ',
  ' được sửa đổi, bổ sung bởi ', 'Luật Đất đai năm 2013', ';\n', '\n\n', 'QUYẾT ĐỊNH\n', 'I. MỤC ĐÍCH\n', '(Ban hành kèm theo ', ')', '|');

describe('the extractor on arbitrary text', () => {
  it('never throws, and every quote is text.slice(start, end)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 40 }).map((a) => a.join(''))), (text) => {
        const x = extract(text);
        for (const c of x.citations) {
          const row = citationRow('f.txt', c);
          expect(text.slice(row.start, row.end)).toBe(row.quote);
          expect(row.confidence).toBeGreaterThanOrEqual(0);
          expect(row.confidence).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 500 },
    );
  });
});
