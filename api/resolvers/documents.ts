/**
 * `Query.documents(filter, first, after)`: documents matching a filter, a page at a time, by key
 * (Relay connection). `totalCount` is counted only when selected (documents-total-count.ts).
 */
import neo4j from 'neo4j-driver';
import { checkFirst, decodeCursor, encodeCursor, MAX_KEY_LENGTH, pageInfo } from '../arguments.ts';
import { cypher } from '../cypher.ts';
import { badUserInput } from '../errors.ts';
import type { DocumentFilter, InputMaybe, QueryResolvers } from '../generated/types.ts';
import { toDocument, type DocumentConditions } from '../mapping.ts';

/** Years accepted in a filter. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

/**
 * Resolve `documents`.
 * @returns up to `first` documents after the cursor, with Relay page info.
 * @throws BAD_USER_INPUT when `first` is not in 1..100, `after` is not a cursor of this list, a
 *   year is outside 1900..2200, yearFrom is after yearTo or a filter string is too long.
 */
export const documents: NonNullable<QueryResolvers['documents']> = async (_parent, args, context) => {
  const first = checkFirst(args.first);
  const [after] = decodeCursor(args.after, 1) ?? [''];
  const conditions = documentConditions(args.filter);
  const rows = await context.read(async (tx) => {
    const result = await tx.run(cypher('documents'), { ...conditions, after, limit: neo4j.int(first + 1) });
    return result.records.map((record) => toDocument(record.get('document')));
  });
  const edges = rows.slice(0, first).map((node) => ({ cursor: encodeCursor([node.key]), node }));
  return {
    edges,
    pageInfo: pageInfo(edges, rows.length > first),
    conditions,
  };
};

/**
 * The Cypher conditions of a filter (null fields: any).
 * @throws BAD_USER_INPUT (argument "filter") for a year outside {@link MIN_YEAR}..{@link MAX_YEAR},
 *   yearFrom after yearTo, or a string longer than 500 characters.
 */
export function documentConditions(filter: InputMaybe<DocumentFilter> | undefined): DocumentConditions {
  const f = filter ?? {};
  for (const name of ['province', 'issuer', 'type'] as const) {
    const value = f[name];
    if (value != null && value.length > MAX_KEY_LENGTH) throw badUserInput(`filter.${name} is too long`, 'filter');
  }
  for (const name of ['yearFrom', 'yearTo'] as const) {
    const value = f[name];
    if (value != null && (value < MIN_YEAR || value > MAX_YEAR)) {
      throw badUserInput(`filter.${name} must be between ${MIN_YEAR} and ${MAX_YEAR}`, 'filter');
    }
  }
  if (f.yearFrom != null && f.yearTo != null && f.yearFrom > f.yearTo) {
    throw badUserInput('filter.yearFrom must not be after filter.yearTo', 'filter');
  }
  return {
    province: f.province ?? null,
    issuer: f.issuer ?? null,
    type: f.type ?? null,
    dateFrom: f.yearFrom != null ? `${f.yearFrom}-01-01` : null,
    dateTo: f.yearTo != null ? `${f.yearTo}-12-31` : null,
    ingested: f.ingested ?? null,
  };
}
