/**
 * The database layer (neo4j/): the test Neo4j of the global setup, startup errors of the local
 * Neo4j, and error mapping of openDatabase. Real processes and sockets, no mocks.
 */
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DatabaseError, DatabaseStartError, openDatabase, parseJavaVersion, startLocalNeo4j } from '../neo4j/index.ts';
import { testDriver } from './setup/db.ts';
import { createApi } from '../api/yoga.ts';
import { applySchema, ingestPaths } from '../ingest/index.ts';

/** Listens on a free loopback port; returns the server and its port. */
async function listenOnFreePort(): Promise<{ server: net.Server; port: number }> {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: 0 }, () => resolve());
  });
  return { server, port: (server.address() as net.AddressInfo).port };
}

async function closedPort(): Promise<number> {
  const { server, port } = await listenOnFreePort();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('test database (global setup)', () => {
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('runs RETURN 1', async () => {
    const { records } = await driver.executeQuery('RETURN 1 AS one');
    expect(records[0].get('one').toNumber()).toBe(1);
  });

  it('is Neo4j 5.26 (5.x for an external NEO4J_URI)', async () => {
    const info = await driver.getServerInfo();
    expect(info.agent).toMatch(inject('neo4jLocal') ? /^Neo4j\/5\.26\./ : /^Neo4j\/5\./);
  });
});

describe('startLocalNeo4j', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'cancu-neo4j-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('rejects with a one-line "is taken" error when the port is in use', async () => {
    const { server, port } = await listenOnFreePort();
    try {
      const error = await startLocalNeo4j({ port, dataDir }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DatabaseStartError);
      expect(error).toBeInstanceOf(DatabaseError);
      expect((error as Error).message).toBe(
        `Port ${port} is taken: another Neo4j? Set NEO4J_PORT to another port, or NEO4J_URI to use that database.`,
      );
    } finally {
      server.close();
    }
  });

  it('rejects with "Java not found" when there is no java', async () => {
    const saved = { PATH: process.env.PATH, JAVA_HOME: process.env.JAVA_HOME };
    process.env.PATH = path.join(dataDir, 'no-such-bin');
    delete process.env.JAVA_HOME;
    try {
      await expect(startLocalNeo4j({ port: await closedPort(), dataDir })).rejects.toThrow(/^Java not found: /);
    } finally {
      process.env.PATH = saved.PATH;
      if (saved.JAVA_HOME !== undefined) process.env.JAVA_HOME = saved.JAVA_HOME;
    }
  });
});

describe('parseJavaVersion', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment (build 17.0.15+6)', 17],
    ['java version "1.8.0_292"\nJava(TM) SE Runtime Environment (build 1.8.0_292-b10)', 8],
    ['openjdk version "11.0.2" 2019-01-15', 11],
    ['openjdk version "21" 2023-09-19', 21],
    ['Picked up JAVA_TOOL_OPTIONS: -Xss4m\nopenjdk version "25.0.1" 2025-10-21 LTS', 25],
  ])('%j → %i', (output, major) => {
    expect(parseJavaVersion(output)).toBe(major);
  });

  it('returns undefined for unrelated output', () => {
    expect(parseJavaVersion('bash: java: command not found')).toBeUndefined();
  });
});

describe('openDatabase with NEO4J_URI', () => {
  it('rejects quickly with a one-line "Cannot reach" error when nothing listens', async () => {
    const port = await closedPort();
    const uri = `bolt://127.0.0.1:${port}`;
    const started = Date.now();
    const error = await openDatabase({ env: { NEO4J_URI: uri }, connectionTimeoutMs: 2_000 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(error).toBeInstanceOf(DatabaseError);
    expect((error as Error).message).toBe(`Cannot reach Neo4j at ${uri}: connection refused. Is it running?`);
  });

  it('rejects a malformed NEO4J_URI with a one-line error', async () => {
    await expect(openDatabase({ env: { NEO4J_URI: 'http://localhost:7474' } })).rejects.toThrow(
      /^Invalid NEO4J_URI 'http:\/\/localhost:7474': /,
    );
  });

  it('works through a neo4j:// routing URI (as with a cluster or Aura): ingest, then GraphQL reads', async () => {
    const routing = inject('neo4jUri').replace(/^bolt:/, 'neo4j:');
    expect(routing).toMatch(/^neo4j:\/\//);
    const db = await openDatabase({ env: { NEO4J_URI: routing, NEO4J_USER: process.env.NEO4J_USER, NEO4J_PASSWORD: process.env.NEO4J_PASSWORD } });
    try {
      await db.driver.executeQuery('MATCH (n) DETACH DELETE n');
      await applySchema(db.driver);
      const summary = await ingestPaths(db.driver, [new URL('../examples/corpus/001_b1f1a5f37476054a.txt', import.meta.url).pathname]);
      expect(summary).toMatchObject({ ingested: 1, failed: [] });
      const res = await createApi({ driver: db.driver }).fetch('http://test/graphql', {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ search(text: "18/QĐ-BQL") { number issuer } }' }),
      });
      expect(await res.json()).toEqual({ data: { search: [{ number: '18/QĐ-BQL', issuer: 'Ban QLDA Phát triển tỉnh Khánh Hòa' }] } });
    } finally {
      await db.close();
    }
  });

  it('opens the test database through NEO4J_URI', async () => {
    const db = await openDatabase({
      env: {
        NEO4J_URI: inject('neo4jUri'),
        NEO4J_USER: process.env.NEO4J_USER,
        NEO4J_PASSWORD: process.env.NEO4J_PASSWORD,
      },
    });
    try {
      expect(db.local).toBe(false);
      const { records } = await db.driver.executeQuery('RETURN 2 AS two');
      expect(records[0].get('two').toNumber()).toBe(2);
    } finally {
      await db.close();
    }
  });
});
