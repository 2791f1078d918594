/**
 * Test helpers for the database of the global setup (./neo4j.global.ts).
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { inject } from 'vitest';

/**
 * A new driver for the test database (`inject('neo4jUri')`): no auth for the local test Neo4j,
 * NEO4J_USER (default "neo4j") / NEO4J_PASSWORD for an external NEO4J_URI. Close it when done.
 */
export function testDriver(): Driver {
  const uri = inject('neo4jUri');
  const auth = inject('neo4jLocal')
    ? undefined
    : neo4j.auth.basic(process.env.NEO4J_USER?.trim() || 'neo4j', process.env.NEO4J_PASSWORD ?? '');
  return neo4j.driver(uri, auth, { connectionTimeout: 10_000 });
}

/** Deletes every node and relationship (`MATCH (n) DETACH DELETE n`). */
export async function clearDatabase(driver: Driver): Promise<void> {
  await driver.executeQuery('MATCH (n) DETACH DELETE n');
}
