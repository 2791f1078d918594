/**
 * `npm run bench:ocr`: citation recall and seconds per page of the OCR, from fake scans of the
 * sample documents (test/fixtures/ocr/documents.ts, scan.ts) against the citations the
 * extractor finds in their clean text. Varies the reading resolution, the scan's skew and
 * noise, the file format, and the engine: tesseract.js (what ingest uses) and, when the
 * `tesseract` command is installed (Debian tesseract-ocr + tesseract-ocr-vie), the native
 * Tesseract on the same page images, one thread each, through the same layout.
 *
 * A citation counts as found when the OCR'd text yields one with the same number, date and
 * relation. "Words right" is the share of the clean text's words (letters and digits, counted)
 * that the OCR'd text has as often: a finer signal than recall on a few citations. Times are wall-clock seconds per page with one worker, on whatever else the machine
 * is doing; CPU seconds (all threads of this process) are given beside them for tesseract.js.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { extract } from '../ingest/extract.ts';
import { readDocument } from '../ingest/formats/index.ts';
import { createOcrEngine, type OcrEngine, type OcrLine, type OcrPage } from '../ingest/formats/ocr-engine.ts';
import { renderPdfPage } from '../ingest/formats/raster.ts';
import { eraseRules } from '../ingest/formats/rules.ts';
import { getDocumentProxy } from 'unpdf';
import { DOCUMENTS, cleanText, renderPdf } from '../test/fixtures/ocr/documents.ts';
import { encodePage, scanPages, scanPdf } from '../test/fixtures/ocr/scan.ts';

const keyOf = (c: { number: string | null; date: string | null; relation: string }) => `${c.number}|${c.date}|${c.relation}`;

/** The native Tesseract as an OcrEngine: page PNG on stdin, TSV on stdout, one thread. */
function nativeEngine(): OcrEngine {
  return {
    name: 'tesseract (Debian) vie',
    recognize: (image) => new Promise<OcrPage>((resolve, reject) => {
      const child = spawn('tesseract', ['stdin', 'stdout', '-l', 'vie', '--oem', '1', '--psm', '3', 'tsv'], { env: { ...process.env, OMP_THREAD_LIMIT: '1' } });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.on('error', reject);
      child.on('close', () => {
        const lines = new Map<string, OcrLine>();
        for (const row of out.split('\n').slice(1)) {
          const f = row.split('\t');
          if (f[0] !== '5' || !f[11]?.trim()) continue;
          const key = f.slice(1, 5).join(':');
          if (!lines.has(key)) lines.set(key, { words: [] });
          const [x, y, w, h] = f.slice(6, 10).map(Number);
          lines.get(key)!.words.push({ text: f[11].trim(), confidence: Number(f[10]), x0: x, y0: y, x1: x + w, y1: y + h });
        }
        resolve({ lines: [...lines.values()] });
      });
      child.stdin.end(Buffer.from(image));
    }),
    terminate: async () => {},
  };
}

interface Row { engine: string; doc: string; scan: string; dpi: number; expected: number; found: number; words: number; wordsRight: number; pages: number; seconds: number; cpu: number }

/** The words of `text` (letters, digits, / and -), counted. */
const bag = (text: string) => {
  const m = new Map<string, number>();
  for (const w of text.normalize('NFC').match(/[\p{L}\p{N}/-]+/gu) ?? []) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
};
/** Words of `clean` that `read` has too, as many times (a word error measure without alignment). */
const wordsRight = (clean: string, read: string) => {
  const have = bag(read);
  let right = 0;
  for (const [w, n] of bag(clean)) right += Math.min(n, have.get(w) ?? 0);
  return right;
};

async function measure(engine: OcrEngine, name: string, bytes: Uint8Array, dpi: number, expected: Set<string>, clean: string): Promise<Omit<Row, 'engine' | 'doc' | 'scan' | 'dpi'>> {
  const t = Date.now();
  const cpu = process.cpuUsage();
  const { text, ocr } = await readDocument(name, bytes, { ocr: 'force', engine, dpi });
  const used = process.cpuUsage(cpu);
  const found = new Set(extract(text).citations.map(keyOf));
  return {
    expected: expected.size,
    found: [...expected].filter((k) => found.has(k)).length,
    words: [...bag(clean).values()].reduce((a, b) => a + b, 0),
    wordsRight: wordsRight(clean, text),
    pages: ocr?.pages ?? 0,
    seconds: (Date.now() - t) / 1000,
    cpu: (used.user + used.system) / 1e6,
  };
}

const engines: Array<[string, OcrEngine]> = [['tesseract.js', createOcrEngine({ workers: 1 })]];
if (spawnSync('tesseract', ['--list-langs']).stdout?.toString().includes('vie')) engines.push(['tesseract CLI', nativeEngine()]);

/**
 * `TIMING=1`: engine time alone, the least of three runs on the same page image (rendered at
 * each resolution from a noisy 300 dpi scan, rules erased), so that other load on the machine
 * weighs as little as it can.
 */
if (process.env.TIMING) {
  console.log('| engine | read at | s/page, least of 3 |');
  console.log('|---|---|---|');
  for (const dpi of (process.env.DPIS ?? '150,200,300').split(',').map(Number)) {
    const images = [];
    for (const doc of DOCUMENTS) {
      const scan = await scanPdf(await scanPages(await renderPdf(doc), { dpi: 300, skew: 1, grain: 20, specks: 0.001, seed: 7 }), 300);
      const pdf = await getDocumentProxy(new Uint8Array(scan));
      images.push((await eraseRules(await renderPdfPage(pdf, 1, dpi), dpi)).png);
    }
    for (const [name, e] of engines) {
      let total = 0;
      for (const image of images) {
        let best = Infinity;
        for (let run = 0; run < 3; run++) {
          const t = Date.now();
          await e.recognize(image);
          best = Math.min(best, (Date.now() - t) / 1000);
        }
        total += best;
      }
      console.log(`| ${name} | ${dpi} dpi | ${(total / images.length).toFixed(2)} |`);
    }
  }
  for (const [, e] of engines) await e.terminate();
  process.exit(0);
}
const dpis = (process.env.DPIS ?? '150,200,300').split(',').map(Number);
const scans = [
  { scan: 'clean 300 dpi', o: { dpi: 300, skew: 0, grain: 0, specks: 0 } },
  { scan: 'noisy 300 dpi, 1°', o: { dpi: 300, skew: 1, grain: 20, specks: 0.001 } },
  { scan: 'noisy 300 dpi, 2°', o: { dpi: 300, skew: -2, grain: 30, specks: 0.002 } },
];
const rows: Row[] = [];
console.error(`${cpus().length} cores; engines: ${engines.map(([n]) => n).join(', ')}`);
for (const doc of DOCUMENTS) {
  const clean = cleanText(doc);
  const expected = new Set(extract(clean).citations.map(keyOf));
  const pdf = await renderPdf(doc);
  for (const { scan, o } of scans) {
    const pages = await scanPages(pdf, { ...o, seed: 7 });
    const bytes = await scanPdf(pages, o.dpi);
    for (const dpi of dpis) {
      for (const [engine, e] of engines) {
        const r = await measure(e, 'scan.pdf', bytes, dpi, expected, clean);
        rows.push({ engine, doc: doc.name, scan, dpi, ...r });
        console.error(JSON.stringify(rows[rows.length - 1]));
      }
    }
  }
  // Formats and a low-resolution source, read at the default resolution by tesseract.js.
  for (const [scan, o, format] of [
    ['PNG 300 dpi, 1°', { dpi: 300, skew: 1, grain: 20, specks: 0.001 }, 'png'],
    ['JPEG 150 dpi, 0.5°', { dpi: 150, skew: 0.5, grain: 10, specks: 0.001 }, 'jpeg'],
    ['G4 TIFF 300 dpi, -1.5°', { dpi: 300, skew: -1.5, grain: 20, specks: 0.001 }, 'tiff'],
  ] as const) {
    const [page] = await scanPages(pdf, { ...o, seed: 7 });
    const r = await measure(engines[0][1], `scan.${format}`, await encodePage(page, o.dpi, format), 200, expected, clean);
    rows.push({ engine: 'tesseract.js', doc: doc.name, scan, dpi: 200, ...r });
    console.error(JSON.stringify(rows[rows.length - 1]));
  }
}
for (const [, e] of engines) await e.terminate();

// Summary: by engine and resolution over the PDF scans, then the formats.
const summary = new Map<string, { expected: number; found: number; words: number; wordsRight: number; pages: number; seconds: number; cpu: number }>();
for (const r of rows) {
  const key = `${r.engine} | ${r.scan.startsWith('clean') || r.scan.startsWith('noisy') ? 'PDF scans' : r.scan} | ${r.dpi} dpi`;
  const s = summary.get(key) ?? { expected: 0, found: 0, words: 0, wordsRight: 0, pages: 0, seconds: 0, cpu: 0 };
  for (const f of ['expected', 'found', 'words', 'wordsRight', 'pages', 'seconds', 'cpu'] as const) s[f] += r[f];
  summary.set(key, s);
}
console.log('| engine | input | read at | citations found | recall | words right | s/page (wall) | CPU s/page |');
console.log('|---|---|---|---|---|---|---|---|');
for (const [key, s] of summary) {
  // A child process's CPU time is not the parent's: only tesseract.js has a CPU figure.
  const cpu = key.startsWith('tesseract.js') ? (s.cpu / s.pages).toFixed(1) : '–';
  console.log(`| ${key} | ${s.found}/${s.expected} | ${(s.found / s.expected).toFixed(2)} | ${(s.wordsRight / s.words).toFixed(3)} | ${(s.seconds / s.pages).toFixed(1)} | ${cpu} |`);
}
