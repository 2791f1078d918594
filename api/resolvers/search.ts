/**
 * `Query.search(text, first)`: full-text search, through the index document_fulltext, for
 * documents whose searchable text holds every word of `text`.
 */
import neo4j from 'neo4j-driver';
import { searchWords } from '../../ingest/fold.ts';
import { cypher } from '../cypher.ts';
import { checkFirst, MAX_FIRST } from '../arguments.ts';
import { badUserInput } from '../errors.ts';
import type { QueryResolvers } from '../generated/types.ts';
import { toDocument } from '../mapping.ts';
import { luceneQuery } from '../search-query.ts';

/** Limits on the query itself, so one request cannot make the database test thousands of words. */
export const MAX_TEXT_LENGTH = 500;
export const MAX_WORDS = 20;
/** How many best-scoring index hits are ranked (cypher/search.cypher `$pool`). */
export const SEARCH_POOL = 500;

/**
 * Resolve `search(text, first)`.
 *
 * `text` is folded with `searchWords` (ingest/fold.ts: lower case, no diacritics, đ → d,
 * punctuation other than / and - removed), the same folding the ingest gives `searchText`. A
 * document matches when the full-text index finds every word (a word matches the start of an
 * indexed word; a word with / or - its parts in sequence, see api/search-query.ts) and each word
 * is a substring of its searchText. So "quyet dinh 489", "489/QĐ-UBND" and "489/QD-UBND" all find
 * 489/QĐ-UBND. Order: exact number matches first, then numbers starting with a query word, then
 * the rest; ingested before stubs; by relevance; newest first (see cypher/search.cypher). Only
 * the {@link SEARCH_POOL} best-scoring hits are ranked.
 *
 * @param first how many documents, 1..{@link MAX_FIRST}; null means 20.
 * @throws BAD_USER_INPUT when `text` has no word with a letter or digit (empty, blank, only
 *   punctuation), is longer than {@link MAX_TEXT_LENGTH} characters or has more than
 *   {@link MAX_WORDS} words, or when `first` is out of range.
 */
export const search: NonNullable<QueryResolvers['search']> = async (_parent, args, context) => {
  const first = checkFirst(args.first);
  const text = args.text;
  if (text.length > MAX_TEXT_LENGTH) {
    throw badUserInput(`text must be at most ${MAX_TEXT_LENGTH} characters long`, 'text');
  }
  // A "word" of only / or - (kept by searchWords for document numbers) would match nearly
  // every document: such words are dropped.
  const words = [...new Set(searchWords(text))].filter((word) => /[\p{L}\p{N}]/u.test(word));
  if (words.length === 0) throw badUserInput('text must contain at least one word or number', 'text');
  if (words.length > MAX_WORDS) throw badUserInput(`text must have at most ${MAX_WORDS} words`, 'text');
  const query = luceneQuery(words);

  return context.read(async (tx) => {
    const result = await tx.run(cypher('search'), { query, words, first: neo4j.int(first), pool: neo4j.int(SEARCH_POOL) });
    return result.records.map((record) => toDocument(record.get('document')));
  });
};
