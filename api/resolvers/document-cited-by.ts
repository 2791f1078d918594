/**
 * `Document.citedBy(first, after)`: the citations of this document, one page at a time, by
 * citing document key. Batched per request and page arguments (api/loaders.ts).
 */
import { checkFirst, decodeCursor } from '../arguments.ts';
import type { DocumentResolvers } from '../generated/types.ts';

/**
 * Resolve `Document.citedBy`.
 * @throws BAD_USER_INPUT when `first` is not in 1..100 or `after` is not a cursor of this list.
 */
export const citedBy: NonNullable<DocumentResolvers['citedBy']> = (parent, args, context) => {
  const first = checkFirst(args.first);
  const after = decodeCursor(args.after, 3);
  return context.loaders.citedBy(first, after).load(parent.key);
};
