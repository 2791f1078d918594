/**
 * Progress and summary of an ingest for people at a terminal: a cli-progress bar when stderr
 * is a TTY (files, citations, rate), nothing otherwise; and a plain summary at the end.
 */
import cliProgress from 'cli-progress';
import type { IngestProgress, IngestSummary } from './pipeline.ts';

/** A progress callback for ingestPaths and a `stop()` to call when it returns. */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): { onProgress: (p: IngestProgress) => void; stop(): void } {
  if (!stream.isTTY) return { onProgress: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { stream, format: 'Nhập văn bản |{bar}| {value}/{total} tệp · {citations} trích dẫn · {rate} tệp/s', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let running = false;
  return {
    onProgress(p) {
      const rate = (p.done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1);
      if (!running) {
        bar.start(p.total, 0, { citations: 0, rate });
        running = true;
      }
      bar.update(p.done, { citations: p.citations, rate });
    },
    stop() {
      if (running) bar.stop();
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
