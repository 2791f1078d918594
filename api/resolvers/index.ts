/**
 * The resolver map of api/schema.graphql: one resolver per file. Fields not listed use the
 * default resolvers (the resolvers return plain objects of the schema's shape, or the records of
 * api/mapping.ts for Document, Citation and DocumentConnection).
 */
import type { Resolvers } from '../generated/types.ts';
import { audit } from './audit.ts';
import { authorityChain } from './authority-chain.ts';
import { compareProvinces } from './compare-provinces.ts';
import { citations } from './document-citations.ts';
import { citedBy } from './document-cited-by.ts';
import { sameAs } from './document-same-as.ts';
import { source } from './document-source.ts';
import { document } from './document.ts';
import { documents } from './documents.ts';
import { totalCount } from './documents-total-count.ts';
import { lineage } from './lineage.ts';
import { path } from './path.ts';
import { search } from './search.ts';
import { stats } from './stats.ts';

export const resolvers: Resolvers = {
  Query: { document, documents, search, lineage, authorityChain, path, compareProvinces, stats, audit },
  Document: { citations, citedBy, sameAs, source },
  DocumentConnection: { totalCount },
};
