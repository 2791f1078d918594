/**
 * Loader for the project's Cypher, which lives in `cypher/*.cypher` so that no query text is
 * built in TypeScript. Files are read once and cached. Every query takes parameters.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** This folder. */
export const CYPHER_DIR = fileURLToPath(new URL('./', import.meta.url));

const cache = new Map<string, string>();

/**
 * The text of `cypher/<name>.cypher`, comments (`//` lines) kept, trailing `;` removed.
 * @throws Error when the file is missing or empty.
 */
export function loadCypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(join(CYPHER_DIR, `${name}.cypher`), 'utf8').trim().replace(/;\s*$/, '');
    if (!text) throw new Error(`cypher/${name}.cypher is empty`);
    cache.set(name, text);
  }
  return text;
}

/** The statements of a file that holds several, separated by `;` at the end of a line. */
export function loadStatements(name: string): string[] {
  return loadCypher(name)
    .split(/;\s*\n/)
    .map((s) => s.replace(/^\s*\/\/.*$/gm, '').trim())
    .filter((s) => s.length > 0);
}
