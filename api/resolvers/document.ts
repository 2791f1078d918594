/**
 * `Query.document(key)`: one document by its canonical key, null when absent. Its citations,
 * citedBy and sameAs are resolved by the Document field resolvers (api/resolvers/document-fields.ts).
 */
import { checkKey } from '../arguments.ts';
import { cypher } from '../cypher.ts';
import type { QueryResolvers } from '../generated/types.ts';
import { toDocument } from '../mapping.ts';

export { checkKey, MAX_KEY_LENGTH } from '../arguments.ts';

/**
 * Resolve `document(key)`.
 * @returns the document, or null when no document has that key (including an empty key).
 * @throws BAD_USER_INPUT when the key is longer than MAX_KEY_LENGTH.
 */
export const document: NonNullable<QueryResolvers['document']> = async (_parent, { key }, context) => {
  checkKey(key);
  if (key === '') return null;
  return context.read(async (tx) => {
    const result = await tx.run(cypher('document'), { key });
    const record = result.records[0];
    return record ? toDocument(record.get('document')) : null;
  });
};
