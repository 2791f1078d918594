/**
 * `Document.sameAs`: documents suspected to be this one under another issuer
 * (SAME_AS_SUSPECTED, cypher/README.md). Batched per request (api/loaders.ts).
 */
import type { DocumentResolvers } from '../generated/types.ts';

/** Resolve `Document.sameAs`; an empty list when there is no suspicion. */
export const sameAs: NonNullable<DocumentResolvers['sameAs']> = (parent, _args, context) => context.loaders.sameAs.load(parent.key);
