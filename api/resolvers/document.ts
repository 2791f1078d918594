/**
 * `Query.document(key)`: one document by its canonical key, null when absent.
 */
import { cypher } from '../cypher.ts';
import { badUserInput } from '../errors.ts';
import type { QueryResolvers } from '../generated/types.ts';
import { toDocument } from '../mapping.ts';

/** Longest key accepted; real keys (vn/khanh-hoa/ubnd/qd/2020/489) are far shorter. */
export const MAX_KEY_LENGTH = 500;

/**
 * Resolve `document(key)`.
 * @returns the document, or null when no document has that key (including an empty key).
 * @throws BAD_USER_INPUT when the key is longer than {@link MAX_KEY_LENGTH}.
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

/** @throws BAD_USER_INPUT when `key` is longer than {@link MAX_KEY_LENGTH}. */
export function checkKey(key: string): void {
  if (key.length > MAX_KEY_LENGTH) {
    throw badUserInput(`key must be at most ${MAX_KEY_LENGTH} characters long`, 'key');
  }
}
