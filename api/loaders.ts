/**
 * Per-request batching (DataLoader) of the Document fields that need the database: citations,
 * citedBy and sameAs. However many documents a response holds (100 search results, 5000 lineage
 * nodes), each of these fields costs one Cypher call per request (per distinct page arguments
 * for citedBy), never one per document.
 */
import DataLoader from 'dataloader';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { encodeCursor, pageInfo, type PageInfo } from './arguments.ts';
import { cypher } from './cypher.ts';
import type { Relation } from './generated/types.ts';
import { integer, text, toCitation, toDocument, type CitationRecord, type DocumentRecord } from './mapping.ts';
import { ALL_RELATIONS } from './walk.ts';

/** Most citations listed per document and relation in Document.citations. */
export const MAX_CITATIONS_PER_RELATION = 200;

export interface CitationGroupRecord {
  relation: string;
  count: number;
  citations: CitationRecord[];
}

export interface CitedByPage {
  edges: { cursor: string; node: CitationRecord }[];
  pageInfo: PageInfo;
  totalCount: number;
}

export interface SuspectedDuplicateRecord {
  document: DocumentRecord;
  reason: string | null;
  reasonEn: string | null;
}

export interface Loaders {
  /** Outgoing citations of a document, grouped by relation (the order of ALL_RELATIONS). */
  citations: DataLoader<string, CitationGroupRecord[]>;
  /** Incoming citations of a document: one page of `first` after the position `after`. */
  citedBy(first: number, after: string[] | null): DataLoader<string, CitedByPage>;
  /** Suspected duplicates of a document. */
  sameAs: DataLoader<string, SuspectedDuplicateRecord[]>;
}

/** What the loaders need: a way to run read work (the context's `read`, with its timeout). */
export type Read = <T>(work: (tx: ManagedTransaction) => Promise<T>) => Promise<T>;

/** New loaders for one request; their caches live as long as the request. */
export function createLoaders(read: Read): Loaders {
  const citedByLoaders = new Map<string, DataLoader<string, CitedByPage>>();
  return {
    citations: new DataLoader((keys) => read((tx) => loadCitations(tx, keys))),
    citedBy(first, after) {
      const id = JSON.stringify([first, after]);
      let loader = citedByLoaders.get(id);
      if (!loader) {
        loader = new DataLoader((keys) => read((tx) => loadCitedBy(tx, keys, first, after)));
        citedByLoaders.set(id, loader);
      }
      return loader;
    },
    sameAs: new DataLoader((keys) => read((tx) => loadSameAs(tx, keys))),
  };
}

const RELATION_ORDER = new Map<string, number>(ALL_RELATIONS.map((r: Relation, i) => [r, i]));

async function loadCitations(tx: ManagedTransaction, keys: readonly string[]): Promise<CitationGroupRecord[][]> {
  const result = await tx.run(cypher('citations'), { keys: [...keys], limit: neo4j.int(MAX_CITATIONS_PER_RELATION) });
  const byKey = new Map<string, CitationGroupRecord[]>(keys.map((k) => [k, []]));
  for (const record of result.records) {
    byKey.get(record.get('key'))?.push({
      relation: record.get('relation'),
      count: integer(record.get('count')) ?? 0,
      citations: (record.get('citations') as Record<string, unknown>[]).map(toCitation),
    });
  }
  for (const groups of byKey.values()) groups.sort((a, b) => (RELATION_ORDER.get(a.relation) ?? 99) - (RELATION_ORDER.get(b.relation) ?? 99));
  return keys.map((k) => byKey.get(k)!);
}

async function loadCitedBy(tx: ManagedTransaction, keys: readonly string[], first: number, after: string[] | null): Promise<CitedByPage[]> {
  const result = await tx.run(cypher('cited-by'), { keys: [...keys], after, limit: neo4j.int(first + 1) });
  const byKey = new Map<string, CitedByPage>();
  for (const record of result.records) {
    const to = record.get('to') as Record<string, unknown>;
    const rows = record.get('rows') as Record<string, unknown>[];
    const edges = rows.slice(0, first).map((row) => ({
      cursor: encodeCursor(row.position as string[]),
      node: toCitation({ ...row, to }),
    }));
    byKey.set(record.get('key'), {
      edges,
      pageInfo: pageInfo(edges, rows.length > first),
      totalCount: integer(record.get('total')) ?? 0,
    });
  }
  const empty: CitedByPage = { edges: [], pageInfo: pageInfo([], false), totalCount: 0 };
  return keys.map((k) => byKey.get(k) ?? empty);
}

async function loadSameAs(tx: ManagedTransaction, keys: readonly string[]): Promise<SuspectedDuplicateRecord[][]> {
  const result = await tx.run(cypher('same-as'), { keys: [...keys] });
  const byKey = new Map<string, SuspectedDuplicateRecord[]>(keys.map((k) => [k, []]));
  for (const record of result.records) {
    byKey.get(record.get('key'))?.push({
      document: toDocument(record.get('document')),
      reason: text(record.get('reason')),
      reasonEn: text(record.get('reasonEn')),
    });
  }
  return keys.map((k) => byKey.get(k)!);
}
