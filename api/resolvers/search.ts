/**
 * `Query.search(text, first)`: documents whose searchable text contains every word of `text`.
 */
import neo4j from 'neo4j-driver';
import { searchWords } from '../../ingest/fold.ts';
import { cypher } from '../cypher.ts';
import { badUserInput } from '../errors.ts';
import type { QueryResolvers } from '../generated/types.ts';
import { toDocument } from '../mapping.ts';

export const DEFAULT_FIRST = 20;
export const MAX_FIRST = 100;
/** Limits on the query itself, so one request cannot make the database test thousands of words. */
export const MAX_TEXT_LENGTH = 500;
export const MAX_WORDS = 20;

/**
 * Resolve `search(text, first)`.
 *
 * `text` is folded with `searchWords` (ingest/fold.ts: lower case, no diacritics, đ → d,
 * punctuation other than / and - removed), and a document matches when every word is a substring
 * of its `searchText`, which the ingest folds the same way. So "quyet dinh 489", "489/QĐ-UBND" and
 * "489/QD-UBND" all find 489/QĐ-UBND. Order: exact number matches first, then numbers starting
 * with a query word, then the rest; ingested before stubs; newest first (see cypher/search.cypher).
 *
 * @param first how many documents, 1..{@link MAX_FIRST}; null means {@link DEFAULT_FIRST}.
 * @throws BAD_USER_INPUT when `text` has no word with a letter or digit (empty, blank, only
 *   punctuation), is longer than {@link MAX_TEXT_LENGTH} characters or has more than
 *   {@link MAX_WORDS} words, or when `first` is out of range.
 */
export const search: NonNullable<QueryResolvers['search']> = async (_parent, args, context) => {
  const first = args.first ?? DEFAULT_FIRST;
  if (!Number.isInteger(first) || first < 1 || first > MAX_FIRST) {
    throw badUserInput(`first must be between 1 and ${MAX_FIRST}`, 'first');
  }
  const text = args.text;
  if (text.length > MAX_TEXT_LENGTH) {
    throw badUserInput(`text must be at most ${MAX_TEXT_LENGTH} characters long`, 'text');
  }
  // A "word" of only / or - (kept by searchWords for document numbers) would match nearly
  // every document: such words are dropped.
  const words = [...new Set(searchWords(text))].filter((word) => /[\p{L}\p{N}]/u.test(word));
  if (words.length === 0) throw badUserInput('text must contain at least one word or number', 'text');
  if (words.length > MAX_WORDS) throw badUserInput(`text must have at most ${MAX_WORDS} words`, 'text');
  const seed = words.reduce((a, b) => (b.length > a.length ? b : a));

  return context.read(async (tx) => {
    const result = await tx.run(cypher('search'), { words, seed, first: neo4j.int(first) });
    return result.records.map((record) => toDocument(record.get('document')));
  });
};
