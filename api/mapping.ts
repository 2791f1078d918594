/**
 * Conversion of what the Cypher queries return into the schema's types.
 */
import neo4j from 'neo4j-driver';
import type { Document } from './generated/types.ts';

/**
 * A `Document` from the map projection `d { .key, .number, ... }` of the read queries.
 * Integers arrive as neo4j Integers (unless the driver was built with disableLosslessIntegers),
 * dates as ISO strings (a neo4j Date is accepted too); a missing `ingested` reads as false.
 */
export function toDocument(map: Record<string, unknown>): Document {
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
  };
}

/** A JS number from a neo4j Integer, bigint or number; null otherwise. */
export function integer(value: unknown): number | null {
  if (neo4j.isInt(value)) return neo4j.integer.toNumber(value);
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number' && Number.isFinite(value)) return Math.trunc(value);
  return null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function isoDate(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (neo4j.isDate(value as never)) return String(value);
  return null;
}
