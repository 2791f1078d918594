/**
 * Progress and summary of an ingest for people at a terminal: cli-progress bars when stderr
 * is a TTY (files, citations, rate; and one bar per file being OCR'd, pages read of pages, gone
 * when the file is done), nothing otherwise; and a plain summary at the end.
 */
import { basename } from 'node:path';
import cliProgress from 'cli-progress';
import type { IngestProgress, IngestSummary, OcrFileProgress } from './pipeline.ts';

/** Progress callbacks for ingestPaths and a `stop()` to call when it returns. */
export interface TerminalProgress {
  onProgress: (p: IngestProgress) => void;
  onOcrProgress: (p: OcrFileProgress) => void;
  stop(): void;
}

/** Progress bars on `stream` when it is a terminal; callbacks that do nothing otherwise. */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): TerminalProgress {
  if (!stream.isTTY) return { onProgress: () => {}, onOcrProgress: () => {}, stop: () => {} };
  const bars = new cliProgress.MultiBar(
    { stream, format: '{label} |{bar}| {value}/{total} {unit}{extra}', hideCursor: true, clearOnComplete: false, autopadding: true },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let files: cliProgress.SingleBar | null = null;
  const scans = new Map<string, cliProgress.SingleBar>();
  return {
    onProgress(p) {
      const rate = (p.done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1);
      const extra = ` · ${p.citations} trích dẫn · ${rate} tệp/s`;
      files ??= bars.create(p.total, 0, { label: 'Nhập văn bản', unit: 'tệp', extra });
      files.update(p.done, { extra });
    },
    onOcrProgress(p) {
      let bar = scans.get(p.file);
      // Pages in tenths, so that a page's own progress moves the bar.
      const value = Math.round(p.done * 10) / 10;
      if (!bar) scans.set(p.file, (bar = bars.create(p.pages, value, { label: `OCR ${basename(p.file)}`, unit: 'trang', extra: '' })));
      else bar.update(value);
      if (p.done >= p.pages) {
        bars.remove(bar);
        scans.delete(p.file);
      }
    },
    stop() {
      bars.stop();
    },
  };
}

/** The end-of-ingest summary as lines of text. */
export function formatSummary(s: IngestSummary, seconds: number): string[] {
  const lines = [
    `Ingested ${s.ingested} of ${s.files} files in ${seconds.toFixed(1)} s: ${s.unchanged} unchanged, ${s.failed.length} failed.`,
    `Citations written: ${s.citations}; cited documents with an unresolved issuer: ${s.unresolved}.`,
  ];
  for (const f of s.failed) lines.push(`  failed: ${f.file}: ${f.reason}`);
  return lines;
}
