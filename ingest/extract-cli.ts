/**
 * `npm run extract -- <files|folders> [--out file.jsonl]`: JSON Lines of DOMAIN.md §6 (one
 * `self` row per file, one row per cited document and relation). Needs no database. Exits 0
 * even when some files yield nothing; those, and unreadable files, are reported on stderr.
 */
import { Command } from 'commander';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { citationRow, extract, listDocumentFiles, readDocumentText, selfRow, UnreadableFileError } from './index.ts';

/** Extract every file under `paths`; rows go to `write`, problems to `warn`. */
export async function extractPaths(paths: string[], write: (line: string) => void, warn: (line: string) => void): Promise<number> {
  const { files, missing } = await listDocumentFiles(paths);
  for (const m of missing) warn(`${m.file}: ${m.reason}`);
  for (const path of files) {
    const file = basename(path);
    try {
      const x = extract(await readDocumentText(path, await readFile(path)));
      write(JSON.stringify(selfRow(file, x.identity)));
      for (const r of x.citations) write(JSON.stringify(citationRow(file, r)));
      if (x.citations.length === 0) warn(`${path}: no citations found`);
    } catch (error) {
      if (!(error instanceof UnreadableFileError) && !(error instanceof Error && 'code' in error)) throw error;
      warn(`${path}: skipped: ${(error as Error).message}`);
    }
  }
  return files.length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  new Command()
    .name('npm run extract --')
    .description('Extract identities and citations as JSON Lines (DOMAIN.md §6).')
    .argument('<paths...>', 'files or folders')
    .option('--out <file>', 'write JSON Lines here instead of stdout')
    .action(async (paths: string[], opts: { out?: string }) => {
      const out = opts.out ? createWriteStream(opts.out) : process.stdout;
      const n = await extractPaths(paths, (line) => out.write(`${line}\n`), (line) => console.error(line));
      if (opts.out) await new Promise((done) => (out as ReturnType<typeof createWriteStream>).end(done));
      console.error(`Extracted ${n} files.`);
    })
    .parseAsync();
}
