/**
 * The audit's queries run in one read transaction: rows as plain objects, neo4j Integers as
 * numbers (inside maps and lists too).
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { loadCypher } from '../../cypher/index.ts';
import type { RunQuery } from './types.ts';

/** A value from the driver with Integers made numbers. */
export function plain(value: unknown): unknown {
  if (neo4j.isInt(value)) return neo4j.integer.toNumber(value);
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

/** A {@link RunQuery} over `tx`: `cypher/<name>.cypher` with `params`. */
export function queryRunner(tx: ManagedTransaction): RunQuery {
  return async (name, params) => {
    const result = await tx.run(loadCypher(name), params);
    return result.records.map((r) => plain(r.toObject()) as Record<string, unknown>);
  };
}
