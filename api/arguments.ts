/**
 * Checks of the arguments several resolvers share (keys, page sizes, cursors, relations), each
 * failing with BAD_USER_INPUT and the argument's name.
 */
import { badUserInput } from './errors.ts';
import type { InputMaybe, Relation } from './generated/types.ts';

/** Longest key accepted; real keys (vn/khanh-hoa/ubnd/qd/2020/489) are far shorter. */
export const MAX_KEY_LENGTH = 500;
/** Default and largest page size (`first`) of every paginated or counted list. */
export const DEFAULT_FIRST = 20;
export const MAX_FIRST = 100;

/** @throws BAD_USER_INPUT when `key` is longer than {@link MAX_KEY_LENGTH}. */
export function checkKey(key: string, argumentName = 'key'): void {
  if (key.length > MAX_KEY_LENGTH) {
    throw badUserInput(`${argumentName} must be at most ${MAX_KEY_LENGTH} characters long`, argumentName);
  }
}

/**
 * The page size: `first`, or {@link DEFAULT_FIRST} when null.
 * @throws BAD_USER_INPUT (argument "first") unless it is an integer in 1..{@link MAX_FIRST}.
 */
export function checkFirst(first: InputMaybe<number> | undefined): number {
  const value = first ?? DEFAULT_FIRST;
  if (!Number.isInteger(value) || value < 1 || value > MAX_FIRST) {
    throw badUserInput(`first must be between 1 and ${MAX_FIRST}`, 'first');
  }
  return value;
}

/**
 * The relations to follow: `given` without duplicates, or `fallback` when absent.
 * @throws BAD_USER_INPUT (argument "relations") when `given` is an empty list.
 */
export function checkRelations(given: InputMaybe<Relation[]> | undefined, fallback: readonly Relation[]): Relation[] {
  if (given == null) return [...fallback];
  if (given.length === 0) throw badUserInput('relations must name at least one relation (or be left out for all)', 'relations');
  return [...new Set(given)];
}

/** Relay's PageInfo of a forward page (`edges` as returned; `hasNextPage` when more follow). */
export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/** The PageInfo of a forward page of `edges`. Pages are only read forwards: no previous page. */
export function pageInfo(edges: readonly { cursor: string }[], hasNextPage: boolean): PageInfo {
  return { hasNextPage, hasPreviousPage: false, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null };
}

/**
 * An opaque cursor for a position given as a list of strings (a sort key): base64url of its JSON.
 * Cursors are not secret, only opaque: clients must not build them.
 */
export function encodeCursor(position: readonly string[]): string {
  return Buffer.from(JSON.stringify(['c1', ...position]), 'utf8').toString('base64url');
}

/**
 * The position a cursor of {@link encodeCursor} holds, which must have `length` parts;
 * null for a null cursor.
 * @throws BAD_USER_INPUT (argument `argumentName`, default "after") for anything else.
 */
export function decodeCursor(cursor: InputMaybe<string> | undefined, length: number, argumentName = 'after'): string[] | null {
  if (cursor == null) return null;
  const bad = () => badUserInput(`${argumentName} is not a cursor of this list`, argumentName);
  if (cursor.length > 4 * MAX_KEY_LENGTH) throw bad();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw bad();
  }
  if (!Array.isArray(parsed) || parsed[0] !== 'c1' || parsed.length !== length + 1 || !parsed.every((p) => typeof p === 'string')) throw bad();
  return parsed.slice(1) as string[];
}
