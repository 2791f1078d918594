/**
 * `Query.stats`: document and citation counts over the whole graph (cypher/stats*.cypher, one
 * read transaction).
 */
import neo4j from 'neo4j-driver';
import { cypher } from '../cypher.ts';
import type { QueryResolvers } from '../generated/types.ts';
import { integer } from '../mapping.ts';

/** Most issuers (and provinces) listed, the ones with most documents first. */
export const MAX_NAMES = 200;

/** Resolve `stats`: totals, citations by relation, documents per province and per issuer. */
export const stats: NonNullable<QueryResolvers['stats']> = (_parent, _args, context) =>
  context.read(async (tx) => {
    const totals = (await tx.run(cypher('stats'))).records[0];
    const names = async (query: 'stats-provinces' | 'stats-issuers') =>
      (await tx.run(cypher(query), { limit: neo4j.int(MAX_NAMES) })).records.map((r) => ({
        name: r.get('name') as string,
        documents: integer(r.get('documents')) ?? 0,
        ingested: integer(r.get('ingested')) ?? 0,
      }));
    const documents = integer(totals.get('documents')) ?? 0;
    const ingested = integer(totals.get('ingested')) ?? 0;
    const relations = (totals.get('relations') as { relation: string; count: unknown }[]).map((r) => ({
      relation: r.relation,
      count: integer(r.count) ?? 0,
    }));
    return {
      documents,
      ingested,
      stubs: documents - ingested,
      citations: relations.reduce((sum, r) => sum + r.count, 0),
      relations,
      provinces: await names('stats-provinces'),
      issuers: await names('stats-issuers'),
    };
  });
