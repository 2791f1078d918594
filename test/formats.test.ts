import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode, UnreadableFileError } from '../ingest/decode.ts';
import { extract } from '../ingest/extract.ts';
import { NO_TEXT_LAYER, readDocumentText, repairMojibake } from '../ingest/formats/index.ts';
import { isVietnameseSyllable } from '../ingest/formats/syllables.ts';
import { scoreLegacyDecodings } from '../ingest/formats/text.ts';
import { listDocumentFiles, readDocumentFile } from '../ingest/pipeline.ts';

const dir = join(import.meta.dirname, 'fixtures/formats');
const bytesOf = (name: string) => readFileSync(join(dir, name));
const original = bytesOf('sample.txt').toString('utf8');
const numbers = (text: string) => extract(text).citations.map((c) => c.number);
// TCVN3 has no en dash or curly quotes; make.ts wrote ASCII ones into that file.
const asciiPunctuation = (s: string) => s.replace(/–/g, '-').replace(/[“”]/g, '"');

describe('readDocumentText: every format of the sample reads as the UTF-8 original', () => {
  const expectedNumbers = numbers(original);

  it('the sample holds the citations the comparison is about', () => {
    expect(expectedNumbers).toEqual(['828/QĐ-UBND', '3809/QĐ-UBND', '3809/QĐ-UBND', '76/NQ-CP', '09-CTr/TU', '4567/QĐ-UBND', '5299/QĐ-UBND']);
  });

  it.each([
    ['sample.txt', 'UTF-8', original],
    ['sample.utf16le.txt', 'UTF-16LE with BOM', original],
    ['sample.cp1258.txt', 'Windows-1258', original],
    ['sample.vni.txt', 'VNI', original],
    ['sample.tcvn3.txt', 'TCVN3', asciiPunctuation(original)],
  ])('%s (%s) decodes to the same text', async (file, _, expected) => {
    const text = await readDocumentText(file, bytesOf(file));
    expect(text).toContain('Quyết định số 828/QĐ-UBND');
    expect(text).toBe(expected);
    expect(numbers(text)).toEqual(expectedNumbers);
  });

  it.each([['sample.docx'], ['sample.pdf']])('%s yields the same words and citations', async (file) => {
    const text = await readDocumentText(file, bytesOf(file));
    expect(text).toContain('Quyết định số');
    expect(text).toContain('Sở Lao động – Thương binh và Xã hội');
    // Line breaks differ (Word paragraphs, PDF line wrapping); the words do not.
    expect(text.split(/\s+/).filter(Boolean)).toEqual(original.split(/\s+/).filter(Boolean));
    expect(numbers(text)).toEqual(expectedNumbers);
  });

  it('dispatches by content, not name: a PDF named .txt is read as a PDF', async () => {
    expect(await readDocumentText('renamed.txt', bytesOf('sample.pdf'))).toContain('Quyết định số 828/QĐ-UBND');
  });
});

describe('legacy encodings: detection picks the right one for a reason', () => {
  it.each([
    ['sample.cp1258.txt', 'windows-1258'],
    ['sample.tcvn3.txt', 'TCVN3'],
    ['sample.vni.txt', 'VNI'],
  ])('%s is best read as %s, with almost every word a syllable, and the others well below', (file, encoding) => {
    const [best, ...rest] = scoreLegacyDecodings(bytesOf(file));
    expect(best.encoding).toBe(encoding);
    expect(best.score.share).toBeGreaterThan(0.95);
    for (const other of rest) expect(other.score.share).toBeLessThan(0.6);
  });

  it('a legacy file longer than the scored sample (256 KiB) is decoded whole', async () => {
    const big = Buffer.concat(Array(60).fill(bytesOf('sample.vni.txt')));
    expect(big.length).toBeGreaterThan(256 * 1024);
    expect(await readDocumentText('big.txt', big)).toBe(original.repeat(60));
  });

  // Strings written by hand from the published charts, independent of make.ts and the table.
  it.each([
    ['TCVN3', Buffer.from('Céng hoµ x· héi chñ nghÜa ViÖt Nam', 'latin1'), 'Cộng hoà xã hội chủ nghĩa Việt Nam'],
    ['TCVN3', Buffer.from('Quy\xd5t \xae\xdenh s\xe8 12/Q\xa7-UBND', 'latin1'), 'Quyết định số 12/QĐ-UBND'],
    ['VNI', Buffer.from('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'latin1'), 'Cộng hòa xã hội chủ nghĩa Việt Nam'],
    ['VNI capitals', Buffer.from('UÛY BAN NHAÂN DAÂN TÆNH BÌNH ÑÒNH - QUYEÁT ÑÒNH', 'latin1'), 'ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH - QUYẾT ĐỊNH'],
    ['VNI ă ơ ư ỵ', Buffer.from('naêm, ñöôïc, nhöõng, hoaëc, tröôùc, Lyù, thuyû, luî', 'latin1'), 'năm, được, những, hoặc, trước, Lý, thuỷ, luỵ'],
    ['Windows-1258', Buffer.from('Quy\xea\xect \xf0i\xf2nh s\xf4\xec', 'latin1'), 'Quyết định số'],
  ])('%s: %s', async (_, bytes, expected) => {
    expect(await readDocumentText('a.txt', bytes)).toBe(expected);
  });
});

describe('mojibake in Unicode text (a legacy font converted without its letters)', () => {
  it.each([
    ['VNI', 'Caên cöù Quyeát ñònh soá 828/QÑ-UBND ngaøy 19 thaùng 3 naêm 2022', 'Căn cứ Quyết định số 828/QĐ-UBND ngày 19 tháng 3 năm 2022'],
    ['TCVN3', 'C¨n cø QuyÕt ®Þnh sè 828/Q§-UBND ngµy 19 th¸ng 3 n¨m 2022', 'Căn cứ Quyết định số 828/QĐ-UBND ngày 19 tháng 3 năm 2022'],
  ])('%s mojibake saved as UTF-8 is repaired', async (_, mojibake, expected) => {
    expect(await readDocumentText('a.md', Buffer.from(mojibake, 'utf8'))).toBe(expected);
  });

  it('a .docx typed in the VNI-Times font is repaired', async () => {
    const text = await readDocumentText('vni-font.docx', bytesOf('vni-font.docx'));
    expect(text.trim()).toBe('Căn cứ Quyết định số 828/QĐ-UBND ngày 19 tháng 3 năm 2022 của Ủy ban nhân dân tỉnh;');
    expect(numbers(text)).toEqual(['828/QĐ-UBND']);
  });

  // OCR output without diacritics (examples 000 and 001) and clean Unicode must pass untouched.
  const corpus = join(import.meta.dirname, '../examples/corpus');
  it.each(readdirSync(corpus).filter((f) => f.endsWith('.txt')))('%s is left as decode reads it', async (file) => {
    const bytes = readFileSync(join(corpus, file));
    expect(await readDocumentText(file, bytes)).toBe(decode(bytes));
  });

  it('text that is neither Vietnamese nor Windows-1252 is returned unchanged', () => {
    expect(repairMojibake('Постановление № 5')).toBe('Постановление № 5');
  });
});

describe('refusals: one line saying why', () => {
  it.each([
    ['empty.txt', 'empty file'],
    ['binary.txt', 'binary file, not text'],
    ['russian-cp1251.txt', 'encoding not recognised (not UTF-8, UTF-16, Windows-1258, TCVN3 or VNI)'],
    ['scanned.pdf', NO_TEXT_LAYER],
    ['text-named.docx', 'not a Word .docx file'],
    ['text-named.pdf', 'not a PDF file'],
  ])('%s → %s', async (file, reason) => {
    await expect(readDocumentText(file, bytesOf(file))).rejects.toThrow(new UnreadableFileError(reason));
  });

  it.each([
    ['a damaged PDF', 'x.pdf', Buffer.from('%PDF-1.7\nnot really a pdf\n%%EOF\n'), 'damaged or unreadable PDF'],
    ['a zip that is not Word', 'x.docx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]), 'not a Word .docx file'],
    ['a legacy .doc', 'x.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'legacy Word .doc or password-protected Word file: not supported (save as .docx)'],
    ['Shift-JIS text', 'x.txt', iconv.encode('行政文書の引用グラフ', 'shift_jis'), 'encoding not recognised (not UTF-8, UTF-16, Windows-1258, TCVN3 or VNI)'],
    ['whitespace in Windows-1258', 'x.txt', Buffer.from([0x20, 0xa0, 0x0a]), 'no text in file'],
  ])('%s', async (_, name, bytes, reason) => {
    await expect(readDocumentText(name, bytes)).rejects.toThrow(new UnreadableFileError(reason));
  });
});

describe('the pipeline reads the new formats', () => {
  it('walking a folder takes .txt, .md, .docx and .pdf, not the generator script', async () => {
    const { files } = await listDocumentFiles([dir]);
    const names = files.map((f) => f.slice(dir.length + 1));
    expect(names).toContain('sample.docx');
    expect(names).toContain('sample.pdf');
    expect(names).toContain('scanned.pdf');
    expect(names).not.toContain('make.ts');
  });

  it('readDocumentFile hashes the raw bytes and extracts from the decoded text', async () => {
    const records = await readDocumentFile(join(dir, 'sample.vni.txt'), 1 << 20);
    expect(records.self.contentHash).toBe(createHash('sha256').update(bytesOf('sample.vni.txt')).digest('hex'));
    expect(records.cited.map((d) => d.number)).toEqual(expect.arrayContaining(['828/QĐ-UBND', '5299/QĐ-UBND', '76/NQ-CP']));
  });

  it('refuses a file over the size limit before reading it', async () => {
    await expect(readDocumentFile(join(dir, 'sample.pdf'), 1000)).rejects.toThrow(/^file too large \(\d+ bytes; limit 1000\)$/);
  });

  it('every bad fixture fails with UnreadableFileError, which the batch reports and skips', async () => {
    for (const file of ['empty.txt', 'binary.txt', 'russian-cp1251.txt', 'scanned.pdf', 'text-named.docx', 'text-named.pdf']) {
      await expect(readDocumentFile(join(dir, file), 1 << 20)).rejects.toBeInstanceOf(UnreadableFileError);
    }
  });
});

describe('isVietnameseSyllable', () => {
  it.each(['Quyết', 'định', 'số', 'nghiêng', 'khuyến', 'người', 'Ủy', 'giữa', 'quốc', 'xoong', 'ĐẢNG', 'a', 'oai', 'chuyện'])('%s is a syllable', (w) => {
    expect(isVietnameseSyllable(w)).toBe(true);
  });
  it.each(['Quyeát', 'ñònh', 'Þnh', 'CCHC', 'UBND', 'straße', 'Пост', 'quyếtt', 'hoàá', 'xyz'])('%s is not', (w) => {
    expect(isVietnameseSyllable(w)).toBe(false);
  });
});
