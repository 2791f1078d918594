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
 * (`data` absent), with a message naming the limit.
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

/**
 * graphql-armor's configuration for `limits`. Armor's own errors carry no code, so each plugin
 * hands its rejection to {@link reject} instead of throwing it (`propagateOnRejection: false`).
 */
export function armorConfig(limits: Limits): GraphQLArmorConfig {
  const common = { exposeLimits: true, propagateOnRejection: false, onReject: [reject] };
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
 * An armor rejection as LIMIT_EXCEEDED: reported to the validation (the operation then fails
 * validation and never runs), or thrown from the parser (the token limit, which has no validation
 * context; throwing stops parsing at once).
 */
function reject(context: ValidationContext | null, error: GraphQLError): void {
  const limited = limitExceeded(error.message.replace(/^Syntax Error: /, ''));
  if (context) context.reportError(limited);
  else throw limited;
}

/** The yoga plugins enforcing `limits`: graphql-armor's and our top-level field rule. */
export function useLimits(limits: Limits = DEFAULT_LIMITS): Plugin[] {
  const rootFields: Plugin = {
    onValidate({ addValidationRule }) {
      addValidationRule(maxRootFieldsRule(limits.maxRootFields));
    },
  };
  return [...(new EnvelopArmor(armorConfig(limits)).protect().plugins as Plugin[]), rootFields];
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
