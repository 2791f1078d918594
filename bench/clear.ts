/**
 * Empty a benchmark's own database (cypher/bench-clear.cypher), never the dev or test one: the
 * benchmarks start their own Neo4j on BENCH_NEO4J_PORT.
 */
import type { Driver } from 'neo4j-driver';
import { loadStatements } from '../cypher/index.ts';

/** Delete every relationship, then every node, in bounded transactions. */
export async function clearBenchDatabase(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    for (const statement of loadStatements('bench-clear')) await session.run(statement);
  } finally {
    await session.close();
  }
}
