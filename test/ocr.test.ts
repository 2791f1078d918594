/**
 * OCR of scans and images: the text-layer verdict, the reading order of header columns and
 * tables, the confidence marks on citations, and the fixtures (test/fixtures/ocr/, made by its
 * make.ts from fake scans of two sample documents) read to the same citations as their clean
 * text. The OCR tests run the real engine (tesseract.js, offline): a page takes seconds.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../ingest/extract.ts';
import { extractPaths } from '../ingest/extract-cli.ts';
import { createOcrEngine, IMAGE_OCR_OFF, readDocument, type OcrEngine } from '../ingest/formats/index.ts';
import type { OcrPage, OcrWord } from '../ingest/formats/ocr-engine.ts';
import { layOut } from '../ingest/formats/ocr-layout.ts';
import { assemble, LOW_WORD_CONFIDENCE } from '../ingest/formats/ocr.ts';
import { judgeTextLayer } from '../ingest/formats/text-layer.ts';
import { ocrConfidence, ocrEvidence } from '../ingest/ocr-evidence.ts';
import { toRecords } from '../ingest/records.ts';
import { UnreadableFileError } from '../ingest/decode.ts';

const dir = join(import.meta.dirname, 'fixtures/ocr');
const corpus = join(import.meta.dirname, '../examples/corpus');
/** A page takes 2–7 s on a busy two-core machine; a test reads at most two. */
const OCR_TIMEOUT = 120_000;
const keys = (text: string) => extract(text).citations.map((c) => `${c.number}|${c.date}|${c.relation}`).sort();

/** A word box on a made-up page: `x` and `y` of its top left corner, 20 px per letter, 30 px high. */
const word = (text: string, x: number, y: number, confidence = 95): OcrWord => ({ text, x0: x, y0: y, x1: x + 20 * text.length, y1: y + 30, confidence });
/** A line of words starting at `x`, one space (10 px) apart. */
const line = (text: string, x: number, y: number): OcrWord[] => {
  const words: OcrWord[] = [];
  for (const t of text.split(' ')) {
    words.push(word(t, x, y));
    x += 20 * t.length + 10;
  }
  return words;
};

describe('judgeTextLayer: which PDF text layers are OCR’d again', () => {
  it.each([['000_f532567470d3b9ab.txt'], ['001_b1f1a5f37476054a.txt']])('%s, an OCR that lost its diacritics, is garbage', (file) => {
    expect(judgeTextLayer(readFileSync(join(corpus, file), 'utf8'))).toBe('garbage');
  });
  it.each([['002_ea6d77f876a6c50d.txt'], ['003_09f5e7684314a031.txt'], ['004_c4649116cd363a40.txt']])('%s, clean Unicode, is good', (file) => {
    expect(judgeTextLayer(readFileSync(join(corpus, file), 'utf8'))).toBe('good');
  });
  it('no letters is empty; a few words are too little to judge', () => {
    expect(judgeTextLayer(' \n 12 ')).toBe('empty');
    expect(judgeTextLayer('Trang 2')).toBe('good');
  });
});

describe('layOut: reading order from word boxes', () => {
  it('reads a two-column header column by column, not straight across', () => {
    const page: OcrPage = { lines: [
      { words: [...line('ỦY BAN NHÂN DÂN', 100, 100), ...line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 900, 100)] },
      { words: [...line('TỈNH KHÁNH HÒA', 120, 140), ...line('Độc lập - Tự do - Hạnh phúc', 950, 140)] },
      { words: [...line('Số: 489/QĐ-UBND', 110, 200), ...line('Khánh Hòa, ngày 11 tháng 3 năm 2020', 900, 200)] },
      { words: line('QUYẾT ĐỊNH', 640, 280) },
    ] };
    expect(layOut([page]).text).toBe([
      'ỦY BAN NHÂN DÂN', 'TỈNH KHÁNH HÒA', '', 'Số: 489/QĐ-UBND', '',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '', 'Khánh Hòa, ngày 11 tháng 3 năm 2020', '',
      'QUYẾT ĐỊNH', '',
    ].join('\n'));
  });

  it('reads a ruled table cell by cell, row by row, so a wrapped citation stays whole', () => {
    // Two columns (rules at x = 50, 500, 1200), two rows (rules at y = 90, 160, 300).
    const v = (x: number) => ({ x0: x, y0: 90, x1: x, y1: 300 });
    const h = (y: number) => ({ x0: 50, y0: y, x1: 1200, y1: y });
    const page: OcrPage = {
      rules: { vertical: [v(50), v(500), v(1200)], horizontal: [h(90), h(160), h(300)] },
      lines: [
        { words: line('Bảng', 60, 40) },
        { words: [...line('Nội dung', 60, 110), ...line('Căn cứ', 520, 110)] },
        { words: [...line('Xác định Chỉ số', 60, 180), ...line('Quyết định số 1847/QĐ-TTg ngày', 520, 180)] },
        { words: [...line('cải cách', 60, 220), ...line('27/12/2018 của Thủ tướng', 520, 220)] },
      ],
    };
    expect(layOut([page]).text).toBe('Bảng\n\nNội dung\n\nCăn cứ\n\nXác định Chỉ số\ncải cách\n\nQuyết định số 1847/QĐ-TTg ngày\n27/12/2018 của Thủ tướng\n\n');
  });

  it('drops low-confidence specks and rules read as |, and reads Ð (eth) as Đ', () => {
    const page: OcrPage = { lines: [{ words: [word('„', 0, 0, 40), word('Số', 40, 0), word('|', 100, 0, 30), word('12/QÐ-UBND', 130, 0)] }] };
    expect(layOut([page]).text).toBe('Số\n\n12/QĐ-UBND\n\n');
  });

  it('gives each word its UTF-16 offsets in the text and its confidence', () => {
    const page: OcrPage = { lines: [{ words: [word('Căn', 0, 0, 90), word('cứ', 70, 0, 40)] }] };
    const { text, words } = layOut([page]);
    expect(words.map((w) => [text.slice(w.start, w.end), w.confidence])).toEqual([['Căn', 90], ['cứ', 40]]);
  });
});

describe('OCR confidence on citations', () => {
  const page: OcrPage = { lines: [{ words: [...line('Căn cứ Quyết định số', 0, 0), word('3994/QĐ-UBND', 420, 0, 40), ...line('ngày 31/12/2019 của UBND tỉnh Khánh Hòa;', 700, 0)] }] };

  it('assemble keeps the layer pages as they are, marks the OCR’d ones, and merges runs of doubtful words', () => {
    const { text, ocr } = assemble([{ kind: 'text', text: 'Trang một.' }, { kind: 'ocr', page }], 'test');
    expect(text.startsWith('Trang một.\n\nCăn cứ')).toBe(true);
    expect(ocr!.ranges).toEqual([12, text.length]);
    expect(text.slice(ocr!.low[0], ocr!.low[1])).toBe('3994/QĐ-UBND');
    expect(ocr!.lowConfidence).toEqual([0.4]);
    expect(LOW_WORD_CONFIDENCE).toBeGreaterThan(40);
  });

  it('a citation read from a doubtful word is marked ocr and its confidence scaled by that word’s', () => {
    const { text, ocr } = assemble([{ kind: 'ocr', page }], 'test');
    const records = toRecords('scan.pdf', extract(text), 'h', text, ocr);
    const citation = records.citations.find((c) => c.to.includes('3994'))!;
    const plain = toRecords('scan.txt', extract(text), 'h', text, null).citations.find((c) => c.to.includes('3994'))!;
    expect(citation).toMatchObject({ ocr: true, confidence: Math.round(plain.confidence * 0.4 * 100) / 100 });
    expect(plain.ocr).toBe(false);
    expect(records.ocr).toBe(ocr);
  });

  it('ocrEvidence: outside the OCR’d ranges nothing changes', () => {
    const ocr = { engine: 't', pages: 1, ranges: [100, 200], low: [150, 160], lowConfidence: [0.5], confidence: 0.9 };
    expect(ocrEvidence(0, 50, ocr)).toEqual({ ocr: false, least: null });
    expect(ocrEvidence(120, 140, ocr)).toEqual({ ocr: true, least: null });
    expect(ocrConfidence(0.9, ocrEvidence(140, 155, ocr))).toBe(0.45);
  });
});

describe('the fixtures: scans read to the same citations as their clean text', () => {
  let engine: OcrEngine;
  beforeAll(() => {
    engine = createOcrEngine({ workers: 2 });
  });
  afterAll(async () => {
    await engine.terminate();
  });

  it('the model is read from node_modules, not fetched', () => {
    const vie = createRequire(import.meta.url)('@tesseract.js-data/vie') as { langPath: string };
    expect(existsSync(join(vie.langPath, 'vie.traineddata.gz'))).toBe(true);
    expect(engine.name).toMatch(/^tesseract\.js 7\.\d+\.\d+, vie 4\.0\.0$/);
  });

  it.each([
    ['quyet-dinh-489.scan.pdf', 'quyet-dinh-489.txt', 'a black and white scan PDF, no text layer, turned 1°'],
    ['quyet-dinh-489.garbage-layer.pdf', 'quyet-dinh-489.txt', 'a scan PDF whose text layer lost its diacritics'],
    ['ke-hoach-28.tiff', 'ke-hoach-28.txt', 'a G4 TIFF at 300 dpi turned -1.5°, with a ruled table'],
    ['ke-hoach-28.jpg', 'ke-hoach-28.txt', 'a 150 dpi JPEG with a ruled table'],
  ])('%s (%s)', async (file, clean, _) => {
    const { text, ocr } = await readDocument(file, readFileSync(join(dir, file)), { ocr: 'auto', engine });
    expect(ocr).toMatchObject({ pages: 1, ranges: [0, text.length] });
    expect(ocr!.confidence).toBeGreaterThan(0.8);
    expect(keys(text)).toEqual(keys(readFileSync(join(dir, clean), 'utf8')));
    // Diacritics are back: the issuer's name as it is written.
    expect(text).toMatch(/KHÁNH HÒA|HÀ TĨNH/);
    for (const c of extract(text).citations) expect(text.slice(c.start, c.end)).toBe(c.quote);
  }, OCR_TIMEOUT);

  it('with OCR off, the garbage layer is taken as it is and an image is refused', async () => {
    const layer = await readDocument('x.pdf', readFileSync(join(dir, 'quyet-dinh-489.garbage-layer.pdf')), { ocr: 'off' });
    expect(layer.ocr).toBeNull();
    expect(layer.text).toContain('Quyet dinh so 3994/QD-UBND');
    await expect(readDocument('ke-hoach-28.jpg', readFileSync(join(dir, 'ke-hoach-28.jpg')), { ocr: 'off' })).rejects.toThrow(new UnreadableFileError(IMAGE_OCR_OFF));
  });

  it('force reads a PDF with a good text layer by OCR too, to the same citations', async () => {
    const pdf = readFileSync(join(import.meta.dirname, 'fixtures/formats/sample.pdf'));
    const progress: number[] = [];
    const { text, ocr } = await readDocument('sample.pdf', pdf, { ocr: 'force', engine, onOcrProgress: (p) => progress.push(p.done / p.pages) });
    const layer = await readDocument('sample.pdf', pdf, { ocr: 'auto', engine });
    expect(layer.ocr).toBeNull();
    expect(ocr!.pages).toBeGreaterThanOrEqual(1);
    expect(keys(text)).toEqual(keys(layer.text));
    expect(progress[0]).toBe(0);
    expect(progress[progress.length - 1]).toBe(1);
  }, OCR_TIMEOUT);
});

describe('npm run extract --ocr', () => {
  const tiff = join(dir, 'ke-hoach-28.tiff');
  it('skips an image with a reason when OCR is off, and reads it when asked', async () => {
    const off: string[] = [];
    const warnings: string[] = [];
    await extractPaths([tiff], (line) => off.push(line), (line) => warnings.push(line));
    expect(off).toEqual([]);
    expect(warnings).toEqual([`${tiff}: skipped: ${IMAGE_OCR_OFF}`]);

    const rows: Array<{ number: string | null; self?: true }> = [];
    const texts = new Map<string, string>();
    await extractPaths([tiff], (line) => rows.push(JSON.parse(line)), () => {}, { ocr: 'auto', onText: (file, text) => texts.set(file, text) });
    expect(rows[0]).toMatchObject({ self: true, number: '28/KH-SLĐTBXH' });
    expect(rows.map((r) => r.number)).toContain('493/KH-UBND');
    expect(texts.get('ke-hoach-28.tiff')).toContain('493/KH-UBND');
  }, OCR_TIMEOUT);
});
