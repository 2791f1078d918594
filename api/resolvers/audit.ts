/**
 * `Query.audit(...)`: the findings of the citation audit (api/audit.ts `findings`), filtered and
 * paginated by position.
 */
import { checkFirst, decodeCursor, encodeCursor, MAX_KEY_LENGTH, pageInfo } from '../arguments.ts';
import { findings, type AuditFilter } from '../audit.ts';
import { badUserInput } from '../errors.ts';
import type { QueryResolvers } from '../generated/types.ts';
import { MAX_YEAR, MIN_YEAR } from './documents.ts';

/**
 * Resolve `audit`.
 * @returns up to `first` findings after the cursor `after`, with the total count.
 * @throws BAD_USER_INPUT when `first` is not in 1..100, `after` is not a cursor of this list, a
 *   year is outside 1900..2200 or yearFrom is after yearTo, or a string is too long.
 */
export const audit: NonNullable<QueryResolvers['audit']> = async (_parent, args, context) => {
  const first = checkFirst(args.first);
  const cursor = decodeCursor(args.after, 1);
  const offset = cursor ? Number(cursor[0]) + 1 : 0;
  if (!Number.isSafeInteger(offset) || offset < 0) throw badUserInput('after is not a cursor of this list', 'after');
  for (const [name, value] of [['yearFrom', args.yearFrom], ['yearTo', args.yearTo]] as const) {
    if (value != null && (value < MIN_YEAR || value > MAX_YEAR)) throw badUserInput(`${name} must be between ${MIN_YEAR} and ${MAX_YEAR}`, name);
  }
  if (args.yearFrom != null && args.yearTo != null && args.yearFrom > args.yearTo) throw badUserInput('yearFrom must not be after yearTo', 'yearFrom');
  for (const [name, value] of [['key', args.key], ['province', args.province], ['issuer', args.issuer]] as const) {
    if (value != null && value.length > MAX_KEY_LENGTH) throw badUserInput(`${name} is too long`, name);
  }
  const filter: AuditFilter = {
    key: args.key ?? null,
    province: args.province ?? null,
    issuer: args.issuer ?? null,
    yearFrom: args.yearFrom ?? null,
    yearTo: args.yearTo ?? null,
    codes: args.codes ?? null,
    severity: args.severity ?? null,
  };
  const all = await context.read((tx) => findings(tx, filter));
  const edges = all.slice(offset, offset + first).map((node, i) => ({ cursor: encodeCursor([String(offset + i)]), node }));
  return {
    edges,
    pageInfo: pageInfo(edges, offset + first < all.length),
    totalCount: all.length,
  };
};
