/**
 * The errors the API shows to clients. Each is a GraphQLError with `extensions.code`:
 *
 * - `BAD_USER_INPUT`: an argument is out of range or empty (`extensions.argumentName` names it);
 * - `NOT_FOUND`: the document a query starts from does not exist;
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

/**
 * What a failed database call should surface as: DATABASE_UNAVAILABLE for a lost database,
 * an API GraphQLError unchanged, and anything else unchanged too (to be masked by yoga; the
 * original stays available to the server's logger).
 */
export function fromDatabaseError(error: unknown): unknown {
  if (error instanceof Error && error.name === 'GraphQLError') return error;
  if (isDatabaseUnavailable(error)) return databaseUnavailable();
  return error;
}
