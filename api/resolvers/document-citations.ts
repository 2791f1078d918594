/**
 * `Document.citations`: what the document cites, grouped by relation, with the evidence of each
 * citation. Batched per request (api/loaders.ts).
 */
import type { DocumentResolvers } from '../generated/types.ts';

/** Resolve `Document.citations`: groups in the order BASED_ON … CITES; never null. */
export const citations: NonNullable<DocumentResolvers['citations']> = (parent, _args, context) =>
  context.loaders.citations.load(parent.key);
