/**
 * Database access for Căn cứ: either your own Neo4j 5 (env NEO4J_URI) or the local embedded
 * default (Neo4j Community 5.26 in a child JVM, see ./local.ts).
 *
 * ```ts
 * const db = await openDatabase({ log: console.error });
 * try {
 *   await db.driver.executeQuery('RETURN 1');
 * } finally {
 *   await db.close();
 * }
 * ```
 */
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { DatabaseError, DatabaseStartError, REPO_ROOT, startLocalNeo4j, type LocalNeo4j } from './local.ts';

export { DatabaseError, DatabaseStartError, parseJavaVersion, startLocalNeo4j } from './local.ts';
export type { LocalNeo4j, LocalNeo4jOptions } from './local.ts';

/** An open database: a verified driver, plus the local JVM when one was started. */
export interface Database {
  /** A neo4j-driver Driver whose connectivity has been verified. Do not close it directly; use close(). */
  driver: Driver;
  /** The Bolt/Neo4j URI the driver talks to (e.g. `bolt://127.0.0.1:7687`, `neo4j+s://xxxx.databases.neo4j.io`). */
  uri: string;
  /** True when this process started the local Neo4j (no NEO4J_URI). */
  local: boolean;
  /** Closes the driver and, if local, stops the JVM (clean Neo4j shutdown). Idempotent. */
  close(): Promise<void>;
}

/** Options of {@link openDatabase}. */
export interface OpenDatabaseOptions {
  /**
   * Environment to read the settings from (default `process.env`):
   * - NEO4J_URI: use this Neo4j 5 (bolt://, neo4j://, neo4j+s://, bolt+s://, …) instead of the local one;
   * - NEO4J_USER (default "neo4j") / NEO4J_PASSWORD: basic auth for NEO4J_URI;
   * - NEO4J_PORT (default 7687): Bolt port of the local Neo4j on 127.0.0.1;
   * - NEO4J_DATA_DIR (default `<repo>/data/neo4j`): data directory of the local Neo4j.
   */
  env?: NodeJS.ProcessEnv;
  /** Receives progress lines for the user (e.g. the one-time Maven fetch of the local Neo4j). */
  log?: (line: string) => void;
  /** TCP connect timeout for NEO4J_URI, in milliseconds (default 10 000). */
  connectionTimeoutMs?: number;
}

/**
 * Opens the database Căn cứ works on: the Neo4j at env NEO4J_URI if set, else the local Neo4j
 * (started on 127.0.0.1:NEO4J_PORT with data in NEO4J_DATA_DIR, no auth).
 *
 * @returns a {@link Database} whose driver has verified connectivity.
 * @throws {DatabaseError} one-line message when NEO4J_URI is invalid, unreachable
 *   ("Cannot reach Neo4j at <uri>: <reason>. Is it running?") or rejects the credentials
 *   ("Neo4j at <uri> refused user '<user>': wrong NEO4J_USER or NEO4J_PASSWORD.").
 * @throws {DatabaseStartError} (a DatabaseError) when the local Neo4j cannot start: Java missing
 *   or < 17, Maven needed but missing, port taken, JVM failure.
 */
export async function openDatabase(opts: OpenDatabaseOptions = {}): Promise<Database> {
  const env = opts.env ?? process.env;
  const log = opts.log ?? (() => {});
  const uri = env.NEO4J_URI?.trim();
  if (uri) {
    return openRemote(uri, env.NEO4J_USER?.trim() || 'neo4j', env.NEO4J_PASSWORD ?? '', {
      connectionTimeoutMs: opts.connectionTimeoutMs ?? 10_000,
      log,
    });
  }
  return openLocal({
    port: parsePort(env.NEO4J_PORT),
    dataDir: env.NEO4J_DATA_DIR?.trim()
      ? path.resolve(env.NEO4J_DATA_DIR.trim())
      : path.join(REPO_ROOT, 'data', 'neo4j'),
    log,
  });
}

async function openRemote(
  uri: string,
  user: string,
  password: string,
  opts: { connectionTimeoutMs: number; log: (line: string) => void },
): Promise<Database> {
  let driver: Driver;
  try {
    driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
      connectionTimeout: opts.connectionTimeoutMs,
      connectionAcquisitionTimeout: Math.max(opts.connectionTimeoutMs * 2, 20_000),
    });
  } catch (err) {
    throw new DatabaseError(
      `Invalid NEO4J_URI '${uri}': ${oneLine(errorMessage(err))}. Use e.g. bolt://localhost:7687 or neo4j+s://<id>.databases.neo4j.io.`,
      { cause: err },
    );
  }
  try {
    await driver.verifyConnectivity();
  } catch (err) {
    await driver.close().catch(() => {});
    throw connectError(err, uri, user);
  }
  await warnIfNotNeo4j5(driver, uri, opts.log);
  return makeDatabase(driver, uri, false, async () => {});
}

async function openLocal(opts: { port: number; dataDir: string; log: (line: string) => void }): Promise<Database> {
  const local: LocalNeo4j = await startLocalNeo4j(opts);
  const driver = neo4j.driver(local.uri, undefined, { connectionTimeout: 10_000 });
  try {
    await driver.verifyConnectivity();
  } catch (err) {
    await driver.close().catch(() => {});
    await local.stop();
    throw new DatabaseStartError(
      `The local Neo4j started but does not answer on ${local.uri}: ${connectReason(err)}.`,
      { cause: err },
    );
  }
  return makeDatabase(driver, local.uri, true, () => local.stop());
}

function makeDatabase(driver: Driver, uri: string, local: boolean, stop: () => Promise<void>): Database {
  let closing: Promise<void> | undefined;
  return {
    driver,
    uri,
    local,
    close() {
      closing ??= (async () => {
        try {
          await driver.close();
        } finally {
          await stop();
        }
      })();
      return closing;
    },
  };
}

/**
 * NEO4J_PORT as a port number (7687 when unset).
 * @throws {DatabaseError} when it is not a port number.
 */
export function parsePort(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 7687;
  const port = Number(value.trim());
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new DatabaseError(`NEO4J_PORT must be a port number (1-65535), got '${value}'.`);
  }
  return port;
}

/** Maps a verifyConnectivity failure to a one-line DatabaseError. */
function connectError(err: unknown, uri: string, user: string): DatabaseError {
  const code = (err as { code?: string }).code ?? '';
  if (code === 'Neo.ClientError.Security.Unauthorized') {
    return new DatabaseError(
      `Neo4j at ${uri} refused user '${user}': wrong NEO4J_USER or NEO4J_PASSWORD.`,
      { cause: err },
    );
  }
  if (code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new DatabaseError(
      `Neo4j at ${uri} refused user '${user}': too many failed logins; wait a moment, then check NEO4J_USER and NEO4J_PASSWORD.`,
      { cause: err },
    );
  }
  if (code.startsWith('Neo.ClientError.Security.')) {
    return new DatabaseError(`Neo4j at ${uri} refused user '${user}': ${oneLine(errorMessage(err))}`, { cause: err });
  }
  return new DatabaseError(`Cannot reach Neo4j at ${uri}: ${connectReason(err)}. Is it running?`, { cause: err });
}

/** A short reason for a connection failure ("connection refused", "host x not found", …). */
function connectReason(err: unknown): string {
  const messages: string[] = [];
  for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    messages.push(errorMessage(e));
  }
  const all = messages.join(' ');
  const causedBy = [...all.matchAll(/Caused by: ([^\n]+)/g)].map((m) => m[1].trim());
  const detail = causedBy[causedBy.length - 1] ?? '';
  const host = (re: RegExp) => re.exec(detail)?.[1];
  if (/ECONNREFUSED/.test(all)) return 'connection refused';
  if (/ENOTFOUND|EAI_AGAIN/.test(all)) return `host ${host(/(?:ENOTFOUND|EAI_AGAIN) (\S+)/) ?? 'name'} not found`;
  if (/ETIMEDOUT|timed out|timeout/i.test(all)) return 'connection timed out';
  if (/ECONNRESET|EPIPE/.test(all)) return 'connection reset';
  if (/EHOSTUNREACH|ENETUNREACH/.test(all)) return 'host unreachable';
  if (/responded HTTP/i.test(all)) return 'it answered HTTP, not Bolt (wrong port? Bolt is usually 7687)';
  if (/certificate|SSL|TLS|EPROTO/i.test(all)) {
    return `TLS handshake failed (${oneLine(detail || messages[0] || 'encryption mismatch')}; check the +s/+ssc scheme)`;
  }
  return oneLine(detail || messages[0] || 'unknown error').replace(/\.$/, '');
}

async function warnIfNotNeo4j5(driver: Driver, uri: string, log: (line: string) => void): Promise<void> {
  try {
    const info = await driver.getServerInfo();
    const version = /Neo4j\/(\d+)\.(\d+)/.exec(info.agent ?? '');
    if (version && version[1] !== '5') {
      log(`Warning: Neo4j at ${uri} is version ${version[1]}.${version[2]}; Căn cứ is built for Neo4j 5.`);
    }
  } catch {
    // Only advisory.
  }
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
