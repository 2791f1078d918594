/**
 * `DocumentConnection.totalCount`: how many documents match the page's filter. A resolver of its
 * own so that the count (a scan of every matching document) runs only when a client asks for it.
 */
import { cypher } from '../cypher.ts';
import type { DocumentConnectionResolvers } from '../generated/types.ts';
import { integer } from '../mapping.ts';

/** Resolve `DocumentConnection.totalCount` with the conditions the page was read with. */
export const totalCount: NonNullable<DocumentConnectionResolvers['totalCount']> = (parent, _args, context) =>
  context.read(async (tx) => {
    const result = await tx.run(cypher('documents-count'), { ...parent.conditions, after: '' });
    return integer(result.records[0]?.get('total')) ?? 0;
  });
