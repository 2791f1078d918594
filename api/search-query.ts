/**
 * The Lucene query that `search` sends to the full-text index (cypher/search.cypher).
 *
 * The words are already folded (ingest/fold.ts searchWords: lower case, no diacritics, only
 * letters, digits, / and -), and the index holds searchText folded the same way, split by the
 * analyzer at every character that is not a letter or digit. So a query word is one or more
 * "parts" (`489/qd-ubnd` → 489, qd, ubnd), and the query text is built only from parts, quotes,
 * `+`, `*` and `^`: no user character can reach the query parser as syntax.
 */

/** The parts the index analyzer makes of a folded word: its runs of letters and digits. */
export function wordParts(word: string): string[] {
  return word.split(/[^\p{L}\p{N}]+/u).filter((part) => part.length > 0);
}

/**
 * A Lucene query requiring every word:
 * - a one-part word as a prefix (`quy` finds quyet; `489` finds 489 and 4890), with a boost for
 *   the whole word so that exact words rank higher;
 * - a word of several parts as its parts in sequence, the last one a prefix
 *   (`489/qd-ub` → `"489 qd"` then `ub*`), with a boost for the whole phrase.
 * Words without a letter or digit are ignored; an empty string when none is left.
 */
export function luceneQuery(words: readonly string[]): string {
  const clauses: string[] = [];
  for (const word of words) {
    const parts = wordParts(word);
    if (parts.length === 0) continue;
    if (parts.length === 1) {
      clauses.push(`+${parts[0]}*`, `${parts[0]}^2`);
      continue;
    }
    const head = parts.slice(0, -1);
    const last = parts[parts.length - 1];
    clauses.push(head.length === 1 ? `+${head[0]}` : `+"${head.join(' ')}"`, `+${last}*`, `"${parts.join(' ')}"^4`);
  }
  return clauses.join(' ');
}
