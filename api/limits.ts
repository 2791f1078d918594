/**
 * Guards on how much one GraphQL operation may ask, checked before anything runs:
 *
 * - graphql-armor (LIBRARIES.md): query depth, aliases, tokens (at parse time, so a huge
 *   document is refused before it is built), directives and static cost; field suggestions are
 *   blocked so that errors do not spell out the schema;
 * - our own rule on top-level fields: aliases let one operation call a root field many times
 *   (`a: lineage(...) b: lineage(...) ...`), each in its own transaction.
 *
 * Every rejection reaches the client as a GraphQLError with `extensions.code` LIMIT_EXCEEDED
 * (HTTP 200, `data` absent), with a message naming the limit.
 * Arguments that bound the work of one field (depth, first) are checked by the resolvers.
 */
import { EnvelopArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorConfig } from '@escape.tech/graphql-armor-types';
import { Kind, type GraphQLError, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { limitExceeded } from './errors.ts';

/** Default number of top-level fields one operation may select. */
export const MAX_ROOT_FIELDS = 10;

/** The operation limits; see {@link armorConfig} for what each one counts. */
export interface Limits {
  /** Deepest field nesting (introspection excluded). */
  maxDepth: number;
  /** Most aliases in one document. */
  maxAliases: number;
  /** Most lexical tokens in one document. */
  maxTokens: number;
  /** Highest static cost (objects 2, scalars 1, times 1.5 per level of nesting). */
  maxCost: number;
  /** Most directives in one document. */
  maxDirectives: number;
  /** Most top-level fields in one operation. */
  maxRootFields: number;
}

/**
 * Defaults sized to the schema: the deepest useful query
 * (`document { citedBy { edges { node { from { citations { citations { to { key } } } } } } } }`)
 * has depth 9; the page's queries cost under 100; GraphiQL's introspection is exempt.
 */
export const DEFAULT_LIMITS: Limits = {
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 1000,
  maxCost: 5000,
  maxDirectives: 20,
  maxRootFields: MAX_ROOT_FIELDS,
};

/** graphql-armor's configuration for `limits`; `onReject` is told of every rejection. */
export function armorConfig(limits: Limits, onReject: (error: GraphQLError) => void): GraphQLArmorConfig {
  const common = { exposeLimits: true, propagateOnRejection: true, onReject: [(_: unknown, error: GraphQLError) => onReject(error)] };
  return {
    maxDepth: { ...common, n: limits.maxDepth, ignoreIntrospection: true },
    maxAliases: { ...common, n: limits.maxAliases },
    maxTokens: { ...common, n: limits.maxTokens },
    maxDirectives: { ...common, n: limits.maxDirectives },
    costLimit: { ...common, maxCost: limits.maxCost, ignoreIntrospection: true },
    blockFieldSuggestion: { enabled: true },
  };
}

/**
 * The yoga plugins enforcing `limits`: graphql-armor's, our top-level field rule, and a plugin
 * giving armor's rejections (which carry no code) the code LIMIT_EXCEEDED.
 */
export function useLimits(limits: Limits = DEFAULT_LIMITS): Plugin[] {
  // Armor's errors are recognised by identity: each passes through onReject before it is thrown
  // (parse) or reported (validation).
  const rejected = new WeakSet<GraphQLError>();
  const armor = new EnvelopArmor(armorConfig(limits, (error) => rejected.add(error))).protect();
  const recode = <E extends Error>(error: E): E | GraphQLError =>
    rejected.has(error as unknown as GraphQLError)
      ? limitExceeded(error.message.replace(/^Syntax Error: /, ''), (error as unknown as GraphQLError).nodes)
      : error;
  const codes: Plugin = {
    onParse() {
      return ({ result, replaceParseResult }) => {
        if (result instanceof Error) replaceParseResult(recode(result));
      };
    },
    onValidate({ addValidationRule }) {
      addValidationRule(maxRootFieldsRule(limits.maxRootFields));
      return ({ result, setResult }) => {
        if (result.some((error) => rejected.has(error as GraphQLError))) setResult(result.map((error) => recode(error)));
      };
    },
  };
  return [...(armor.plugins as Plugin[]), codes];
}

/** A validation rule rejecting operations with more than `limit` top-level fields (LIMIT_EXCEEDED). */
export function maxRootFieldsRule(limit: number): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(node) {
      const keys = new Set<string>();
      collectResponseKeys(node.selectionSet, context, keys, new Set());
      if (keys.size > limit) {
        context.reportError(limitExceeded(`An operation may select at most ${limit} top-level fields; this one selects ${keys.size}.`, [node]));
      }
    },
  });
}

/** Response keys of a selection set, through fragments; introspection fields excluded. */
function collectResponseKeys(set: SelectionSetNode, context: ValidationContext, keys: Set<string>, fragments: Set<string>): void {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (!selection.name.value.startsWith('__')) keys.add(selection.alias?.value ?? selection.name.value);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      collectResponseKeys(selection.selectionSet, context, keys, fragments);
    } else if (!fragments.has(selection.name.value)) {
      fragments.add(selection.name.value);
      const fragment = context.getFragment(selection.name.value);
      if (fragment) collectResponseKeys(fragment.selectionSet, context, keys, fragments);
    }
  }
}
