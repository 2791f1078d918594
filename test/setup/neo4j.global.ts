/**
 * Vitest global setup: one Neo4j for the whole run.
 *
 * - NEO4J_URI set: tests use that database (credentials from NEO4J_USER / NEO4J_PASSWORD).
 *   Careful: tests clear it.
 * - Otherwise: starts a fresh local Neo4j (data in <repo>/data/neo4j-test, deleted first) on
 *   127.0.0.1:TEST_NEO4J_PORT (default 7688, so that a dev database on 7687 can keep running),
 *   and stops it in teardown.
 *
 * Tests get the URI with `inject('neo4jUri')` (or use ./db.ts); child processes started by tests
 * get it through process.env.NEO4J_URI.
 */
import { rm } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { DatabaseError, REPO_ROOT, startLocalNeo4j } from '../../neo4j/local.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Bolt URI of the test database. */
    neo4jUri: string;
    /** True when the global setup started the local Neo4j (no auth); false for an external NEO4J_URI. */
    neo4jLocal: boolean;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.NEO4J_URI?.trim();
  if (external) {
    project.provide('neo4jUri', external);
    project.provide('neo4jLocal', false);
    return async () => {};
  }

  const portText = process.env.TEST_NEO4J_PORT?.trim() || '7688';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`TEST_NEO4J_PORT must be a port number (1-65535), got '${portText}'.`);
  }
  // One data directory per port, so that runs on different TEST_NEO4J_PORTs never share a store.
  const dataDir = path.join(REPO_ROOT, 'data', port === 7688 ? 'neo4j-test' : `neo4j-test-${port}`);
  // Check the port before deleting anything: a taken port may be another run using this store.
  if (!(await portIsFree(port))) {
    throw new Error(
      `Test Neo4j: port ${port} is taken (another test run, or another Neo4j?). Set TEST_NEO4J_PORT to another port, or NEO4J_URI to test against your own Neo4j.`,
    );
  }
  await rm(dataDir, { recursive: true, force: true });

  let neo4j;
  try {
    neo4j = await startLocalNeo4j({ port, dataDir, log: (line) => console.log(line) });
  } catch (err) {
    // A one-line reason instead of a stack trace (e.g. "Port 7688 is taken: ...").
    if (err instanceof DatabaseError) throw new Error(`Test Neo4j: ${err.message}`);
    throw err;
  }
  project.provide('neo4jUri', neo4j.uri);
  project.provide('neo4jLocal', true);
  process.env.NEO4J_URI = neo4j.uri;

  return async () => {
    delete process.env.NEO4J_URI;
    await neo4j.stop();
  };
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ host: '127.0.0.1', port, exclusive: true }, () => server.close(() => resolve(true)));
  });
}
