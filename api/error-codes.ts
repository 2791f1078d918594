/**
 * Gives every error a client can see an `extensions.code`. The API's own errors have one
 * (api/errors.ts), yoga's masked errors are INTERNAL_SERVER_ERROR; this plugin codes the rest,
 * which graphql-js makes without one (the codes are Apollo's, which clients know):
 *
 * - GRAPHQL_PARSE_FAILED: the document is not GraphQL;
 * - GRAPHQL_VALIDATION_FAILED: it does not fit the schema (unknown field, wrong argument type);
 * - BAD_USER_INPUT: a variable's value does not fit its type (`relations: ["FOO"]`).
 */
import type { GraphQLError } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

/** `error` with `code` added, or `error` itself when it already has a code. */
function withCode<E extends Error>(error: E, code: string): E | GraphQLError {
  const graphql = error as unknown as GraphQLError;
  if (graphql.extensions?.code) return error;
  return createGraphQLError(error.message, {
    nodes: graphql.nodes,
    source: graphql.source,
    positions: graphql.positions,
    path: graphql.path,
    extensions: { ...graphql.extensions, code },
  });
}

/** The yoga plugin adding codes to parse, validation and variable errors. */
export function useErrorCodes(): Plugin {
  return {
    onParse() {
      return ({ result, replaceParseResult }) => {
        if (result instanceof Error) replaceParseResult(withCode(result, 'GRAPHQL_PARSE_FAILED'));
      };
    },
    onValidate() {
      return ({ result, setResult }) => {
        if (result.length > 0) setResult(result.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED')));
      };
    },
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          // Errors without a path come before any resolver runs: the variables' values.
          if (!('errors' in result) || !result.errors?.some((e) => !e.path && !e.extensions?.code)) return;
          setResult({ ...result, errors: result.errors.map((e) => (e.path ? e : withCode(e, 'BAD_USER_INPUT'))) });
        },
      };
    },
  };
}
