/**
 * The errors the API shows to clients. Each is a GraphQLError with `extensions.code`:
 *
 * - `BAD_USER_INPUT`: an argument is out of range or empty (`extensions.argumentName` names it);
 * - `NOT_FOUND`: the document a query starts from does not exist;
 * - `LIMIT_EXCEEDED`: the operation asks too much — too deep, too many aliases, tokens or
 *   top-level fields, too costly (api/limits.ts) — or its database query ran past the transaction
 *   timeout or the database's memory limit;
 * - `DATABASE_UNAVAILABLE`: the driver cannot reach Neo4j (service unavailable, session expired).
 *
 * Anything else thrown in a resolver (a Cypher error, a bug) is not a GraphQLError and is masked
 * by graphql-yoga's `maskedErrors` to "Unexpected error." with code INTERNAL_SERVER_ERROR, so no
 * stack trace, Cypher text or driver message ever reaches a client.
 */
import type { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import neo4j from 'neo4j-driver';

// Errors are built with graphql-yoga's createGraphQLError rather than `new GraphQLError` so that
// they are instances of the very GraphQLError class yoga tests against when masking, even when a
// bundler or test runner loads a second copy of `graphql` (its ESM build) for application code.

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  LIMIT_EXCEEDED: 'LIMIT_EXCEEDED',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A client error about argument `argumentName`: `message` is shown as is. */
export function badUserInput(message: string, argumentName?: string): GraphQLError {
  return createGraphQLError(message, {
    extensions: argumentName
      ? { code: ErrorCode.BAD_USER_INPUT, argumentName }
      : { code: ErrorCode.BAD_USER_INPUT },
  });
}

/** The thing a query starts from does not exist: `message` is shown as is. */
export function notFound(message: string): GraphQLError {
  return createGraphQLError(message, { extensions: { code: ErrorCode.NOT_FOUND } });
}

/** The operation asks more than a limit allows: `message` (which names the limit) is shown as is. */
export function limitExceeded(message: string, nodes?: GraphQLErrorNodes): GraphQLError {
  return createGraphQLError(message, { nodes, extensions: { code: ErrorCode.LIMIT_EXCEEDED } });
}
type GraphQLErrorNodes = NonNullable<Parameters<typeof createGraphQLError>[1]>['nodes'];

/** A database query ran out of time or memory; the message is fixed and names no query. */
export function queryTooExpensive(): GraphQLError {
  return limitExceeded('The query took too long or needed too much memory; ask for less (a smaller depth, fewer documents or a narrower filter).');
}

/**
 * The database cannot be reached; the message is fixed and says nothing about the server.
 * (No `originalError` on purpose: yoga would then treat the error as unexpected and mask it.)
 */
export function databaseUnavailable(): GraphQLError {
  return createGraphQLError('The database is unavailable; try again later.', {
    extensions: { code: ErrorCode.DATABASE_UNAVAILABLE },
  });
}

/**
 * True when `error` is the driver's report that no server could be reached
 * (`ServiceUnavailable`) or that the connection was lost (`SessionExpired`).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error) || !(error instanceof neo4j.Neo4jError || error.name === 'Neo4jError')) return false;
  const code = (error as { code?: unknown }).code;
  return code === neo4j.error.SERVICE_UNAVAILABLE || code === neo4j.error.SESSION_EXPIRED;
}

/** Neo4j codes of a transaction stopped by its timeout or by the memory limit. */
const TOO_EXPENSIVE_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.TransientError.General.TransactionMemoryLimit',
]);

/** True when `error` is Neo4j's report that a transaction hit its timeout or a memory limit. */
export function isTooExpensive(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && TOO_EXPENSIVE_CODES.has(code);
}

/**
 * What a failed database call should surface as: DATABASE_UNAVAILABLE for a lost database,
 * LIMIT_EXCEEDED for a timed-out or memory-stopped transaction, an API GraphQLError unchanged,
 * and anything else unchanged too (to be masked by yoga; the original stays available to the
 * server's logger).
 */
export function fromDatabaseError(error: unknown): unknown {
  if (error instanceof Error && error.name === 'GraphQLError') return error;
  if (isDatabaseUnavailable(error)) return databaseUnavailable();
  if (isTooExpensive(error)) return queryTooExpensive();
  return error;
}
