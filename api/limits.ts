/**
 * A guard on how much one GraphQL operation may ask of the database.
 *
 * The schema has no nesting that grows (Graph holds flat lists), but aliases let one operation
 * call a root field many times (`a: lineage(...) b: lineage(...) ...`), each in its own
 * transaction. This validation rule rejects operations that select more than `limit` distinct
 * top-level fields (counted by response key, through fragments; introspection fields excluded).
 */
import { Kind, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

/** Default number of top-level fields one operation may select. */
export const MAX_ROOT_FIELDS = 10;

/** A validation rule rejecting operations with more than `limit` top-level fields. */
export function maxRootFieldsRule(limit: number): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(node) {
      const keys = new Set<string>();
      collectResponseKeys(node.selectionSet, context, keys, new Set());
      if (keys.size > limit) {
        context.reportError(
          createGraphQLError(`An operation may select at most ${limit} top-level fields; this one selects ${keys.size}.`, {
            nodes: [node],
          }),
        );
      }
    },
  });
}

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

/** A yoga plugin adding {@link maxRootFieldsRule} to validation. */
export function useMaxRootFields(limit: number = MAX_ROOT_FIELDS): Plugin {
  const rule = maxRootFieldsRule(limit);
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(rule);
    },
  };
}
