/**
 * What the resolvers pass around (the codegen "mappers" of api/codegen.ts), and the conversion
 * of what the Cypher queries return into them.
 */
import neo4j from 'neo4j-driver';
import type { PageInfo } from './arguments.ts';

/**
 * A document's own facts, as the map projection `d { .key, .number, ... }` of the read queries
 * gives them. The schema's `Document` adds fields resolved on demand (citations, citedBy, sameAs).
 */
export interface DocumentRecord {
  key: string;
  number: string | null;
  type: string | null;
  issuer: string | null;
  province: string | null;
  date: string | null;
  title: string | null;
  level: number | null;
  ingested: boolean;
  file: string | null;
}

/** One citation relationship with its evidence and both documents (the schema's `Citation`). */
export interface CitationRecord {
  relation: string;
  from: DocumentRecord;
  to: DocumentRecord;
  quote: string | null;
  start: number | null;
  end: number | null;
  confidence: number | null;
  ocr: boolean;
  file: string | null;
  source: string | null;
  stated: boolean;
  citedDate: string | null;
  citedIssuer: string | null;
  citedTitle: string | null;
}

/** Conditions of `documents(filter)`, as the Cypher parameters of documents*.cypher. */
export interface DocumentConditions {
  province: string | null;
  issuer: string | null;
  type: string | null;
  /** ISO dates bounding `d.date` (inclusive), from yearFrom / yearTo. */
  dateFrom: string | null;
  dateTo: string | null;
  ingested: boolean | null;
}

/** One page of `documents`; `totalCount` is counted only when asked for, with `conditions`. */
export interface DocumentPage {
  edges: { cursor: string; node: DocumentRecord }[];
  pageInfo: PageInfo;
  conditions: DocumentConditions;
}

/**
 * A DocumentRecord from a map projection. Integers may arrive as neo4j Integers (unless the
 * driver was built with disableLosslessIntegers), dates as ISO strings (a neo4j Date is accepted
 * too); a missing `ingested` reads as false.
 */
export function toDocument(map: Record<string, unknown>): DocumentRecord {
  return {
    key: String(map.key),
    number: text(map.number),
    type: text(map.type),
    issuer: text(map.issuer),
    province: text(map.province),
    date: isoDate(map.date),
    title: text(map.title),
    level: integer(map.level),
    ingested: map.ingested === true,
    file: text(map.file),
  };
}

/**
 * A CitationRecord from the `citation` map of citations.cypher / cited-by.cypher:
 * `{relation, from, to, props}` where from/to are document projections and props the
 * relationship's properties.
 */
export function toCitation(map: Record<string, unknown>): CitationRecord {
  const props = (map.props ?? {}) as Record<string, unknown>;
  return {
    relation: String(map.relation),
    from: toDocument(map.from as Record<string, unknown>),
    to: toDocument(map.to as Record<string, unknown>),
    quote: text(props.quote),
    start: integer(props.start),
    end: integer(props.end),
    confidence: float(props.confidence),
    ocr: props.ocr === true,
    file: text(props.file),
    source: text(props.source),
    stated: props.stated === true,
    citedDate: isoDate(props.citedDate),
    citedIssuer: text(props.citedIssuer),
    citedTitle: text(props.citedTitle),
  };
}

/** A JS number from a neo4j Integer, bigint or number; null otherwise. */
export function integer(value: unknown): number | null {
  if (neo4j.isInt(value)) return neo4j.integer.toNumber(value);
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number' && Number.isFinite(value)) return Math.trunc(value);
  return null;
}

/** A finite JS number from a float (or an integer); null otherwise. */
export function float(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return integer(value);
}

/** A string, or null for anything else. */
export function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function isoDate(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (neo4j.isDate(value as never)) return String(value);
  return null;
}
