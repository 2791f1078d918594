/**
 * The resolver map of api/schema.graphql: one resolver per file. Document, Edge and Graph use
 * the default field resolvers (the query resolvers return plain objects of the schema's shape).
 */
import type { Resolvers } from '../generated/types.ts';
import { document } from './document.ts';
import { lineage } from './lineage.ts';
import { search } from './search.ts';

export const resolvers: Resolvers = {
  Query: { document, search, lineage },
};
