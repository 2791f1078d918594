/**
 * The local Neo4j ("the embedded default"): Neo4j Community 5.26 run by `cancu.EmbeddedNeo4j`
 * (neo4j/src/main/java) in a child JVM, with Bolt on 127.0.0.1 and auth disabled.
 *
 * Startup checks Java (>= 17), compiles/fetches the launcher with Maven when needed (first start
 * only), checks the port, spawns the JVM and waits for its `READY bolt://…` line. The JVM stops
 * when `stop()` is called, when this Node process exits or gets SIGINT/SIGTERM, and (because its
 * stdin is a pipe from this process) when this process dies in any other way.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Directory of this module (`<repo>/neo4j`). */
const NEO4J_DIR = path.dirname(fileURLToPath(import.meta.url));
/** Root of the repository; default data directories are resolved from here. */
export const REPO_ROOT = path.resolve(NEO4J_DIR, '..');

const POM = path.join(NEO4J_DIR, 'pom.xml');
const JAVA_SOURCES = path.join(NEO4J_DIR, 'src', 'main', 'java');
const CLASSES_DIR = path.join(NEO4J_DIR, 'target', 'classes');
const CLASSPATH_FILE = path.join(NEO4J_DIR, 'target', 'classpath.txt');
const MAIN_CLASS = 'cancu.EmbeddedNeo4j';
const MAIN_CLASS_FILE = path.join(CLASSES_DIR, 'cancu', 'EmbeddedNeo4j.class');

const HOST = '127.0.0.1';
const DEFAULT_PORT = 7687;
const READY_TIMEOUT_MS = 120_000;
const STOP_KILL_AFTER_MS = 20_000;
const OUTPUT_TAIL_LINES = 20;

/**
 * JVM flags: a modest heap (Neo4j's page cache, 256 MiB unless NEO4J_PAGECACHE says otherwise, is
 * off-heap and set by the launcher),
 * plus the module openings and Netty/log4j properties Neo4j's own launcher passes on Java 17.
 * Extra flags can be appended with env NEO4J_JAVA_OPTS (space-separated), e.g. "-Xmx2g".
 */
const JVM_FLAGS = [
  '-Xms256m',
  '-Xmx1g',
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+ExitOnOutOfMemoryError',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
];

/**
 * A database problem the user can fix (unreachable Neo4j, wrong credentials, bad settings…).
 * `message` is a single user-facing line: print it without a stack trace. `details`, when present,
 * holds extra lines (e.g. the last lines the JVM or Maven wrote to stderr) for a verbose mode.
 */
export class DatabaseError extends Error {
  override name = 'DatabaseError';
  readonly details?: string;

  constructor(message: string, options?: { details?: string; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.details = options?.details;
  }
}

/**
 * The local Neo4j could not be started (Java missing or too old, Maven missing, port taken, JVM
 * failure). A {@link DatabaseError}, so catching DatabaseError covers both.
 */
export class DatabaseStartError extends DatabaseError {
  override name = 'DatabaseStartError';
}

/** A running local Neo4j. */
export interface LocalNeo4j {
  /** Bolt URI, `bolt://127.0.0.1:<port>` (no auth). */
  uri: string;
  /** The Bolt port on 127.0.0.1. */
  port: number;
  /**
   * Stops the JVM: SIGTERM (Neo4j shuts down and checkpoints), SIGKILL if it has not exited after
   * 20 s. Resolves once the process is gone. Idempotent.
   */
  stop(): Promise<void>;
  /**
   * Settles when the JVM exits, for whatever reason (stop(), a signal, a crash). Resolves with
   * the exit code / signal; never rejects.
   */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Options of {@link startLocalNeo4j}. */
export interface LocalNeo4jOptions {
  /** Bolt port on 127.0.0.1 (default 7687). */
  port?: number;
  /** Data directory; relative paths are resolved from the current directory (default `<repo>/data/neo4j`). */
  dataDir?: string;
  /** Receives progress lines meant for the user (e.g. the one-time Maven fetch). */
  log?: (line: string) => void;
  /**
   * Neo4j's page cache, as "512m" or "2g" (default: env NEO4J_PAGECACHE, else 256m). Reads stay
   * in memory only while the store fits in it: a benchmark's million-document graph needs more.
   */
  pageCache?: string;
}

/**
 * Starts Neo4j 5.26 in a child JVM and resolves once it accepts Bolt connections.
 *
 * @throws {DatabaseStartError} with a one-line message when Java is missing or older than 17,
 *   Maven is needed but missing or fails, the port is taken, or the JVM exits or does not get
 *   ready within 120 s.
 */
export async function startLocalNeo4j(opts: LocalNeo4jOptions = {}): Promise<LocalNeo4j> {
  const port = opts.port ?? DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new DatabaseStartError(`NEO4J_PORT must be a port number (1-65535), got '${String(opts.port)}'.`);
  }
  const dataDir = path.resolve(opts.dataDir ?? path.join(REPO_ROOT, 'data', 'neo4j'));
  const log = opts.log ?? (() => {});

  const java = javaExecutable();
  await checkJava(java);
  await ensureCompiled(log);
  await checkPortFree(port);
  await mkdir(dataDir, { recursive: true });

  const classpath = [CLASSES_DIR, readFileSync(CLASSPATH_FILE, 'utf8').trim()].join(path.delimiter);
  const extraFlags = (process.env.NEO4J_JAVA_OPTS ?? '').split(/\s+/).filter(Boolean);
  const child = spawn(java, [...JVM_FLAGS, ...extraFlags, '-cp', classpath, MAIN_CLASS, dataDir, String(port)], {
    cwd: REPO_ROOT,
    // stdin stays an open pipe: the JVM exits when it reaches EOF, i.e. when this process is gone.
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, NEO4J_PORT: String(port), NEO4J_DATA_DIR: dataDir, NEO4J_IGNORE_STDIN: '0', ...(opts.pageCache ? { NEO4J_PAGECACHE: opts.pageCache } : {}) },
    windowsHide: true,
  });
  return await supervise(child, port, log);
}

/**
 * Parses the output of `java -version` (printed on stderr) into the major version: "17.0.15" → 17,
 * "1.8.0_292" → 8, "21" → 21. Returns undefined when no version is found.
 */
export function parseJavaVersion(output: string): number | undefined {
  const match = /version\s+"([^"]+)"/.exec(output) ?? /^(?:openjdk|java)\s+(\d[\w.+-]*)/im.exec(output);
  if (!match) return undefined;
  const parts = match[1].split(/[._+-]/);
  const first = Number.parseInt(parts[0], 10);
  if (Number.isNaN(first)) return undefined;
  if (first === 1 && parts.length > 1) {
    const second = Number.parseInt(parts[1], 10);
    return Number.isNaN(second) ? undefined : second;
  }
  return first;
}

// ---------------------------------------------------------------------------------------------
// Preconditions

/** `$JAVA_HOME/bin/java` when JAVA_HOME points at a JDK/JRE, else `java` from PATH. */
function javaExecutable(): string {
  const home = process.env.JAVA_HOME;
  if (home) {
    const candidate = path.join(home, 'bin', process.platform === 'win32' ? 'java.exe' : 'java');
    if (existsSync(candidate)) return candidate;
  }
  return 'java';
}

async function checkJava(java: string): Promise<void> {
  const result = await run(java, ['-version'], { timeoutMs: 30_000 });
  if (result.spawnError) {
    const reason = (result.spawnError as NodeJS.ErrnoException).code === 'ENOENT'
      ? `'${java}' is not on PATH (nor JAVA_HOME)`
      : result.spawnError.message;
    throw new DatabaseStartError(
      `Java not found: ${reason}. Install OpenJDK 17 or newer to run the local Neo4j, or set NEO4J_URI to use your own Neo4j 5.`,
    );
  }
  const output = result.stderr + result.stdout;
  const version = parseJavaVersion(output);
  if (version === undefined) {
    throw new DatabaseStartError(
      `Could not tell the Java version from '${java} -version' (${firstLine(output) || `exit code ${result.code}`}). Java 17 or newer is needed to run the local Neo4j.`,
    );
  }
  if (version < 17) {
    throw new DatabaseStartError(
      `Java 17 or newer is needed to run the local Neo4j (found Java ${version}). Install OpenJDK 17 or set NEO4J_URI to use your own Neo4j 5.`,
    );
  }
}

/** True when the launcher class and the classpath file exist and are newer than pom + sources. */
function isCompiled(): boolean {
  let classTime: number;
  let classpathTime: number;
  try {
    classTime = statSync(MAIN_CLASS_FILE).mtimeMs;
    classpathTime = statSync(CLASSPATH_FILE).mtimeMs;
  } catch {
    return false;
  }
  const inputs = [POM, ...listFiles(JAVA_SOURCES).filter((f) => f.endsWith('.java'))];
  const newestInput = Math.max(...inputs.map((f) => statSync(f).mtimeMs));
  if (classTime < newestInput || classpathTime < statSync(POM).mtimeMs) return false;
  // The jars live in ~/.m2: make sure they have not been cleaned up since.
  const jars = readFileSync(CLASSPATH_FILE, 'utf8').trim().split(path.delimiter).filter(Boolean);
  return jars.length > 0 && jars.every((jar) => existsSync(jar));
}

async function ensureCompiled(log: (line: string) => void): Promise<void> {
  if (isCompiled()) return;
  log('Fetching Neo4j 5.26 from Maven Central (first start only)…');
  const mvn = process.platform === 'win32' ? 'mvn.cmd' : 'mvn';
  const result = await run(mvn, ['-B', '-q', '-f', POM, 'compile'], {
    timeoutMs: 15 * 60_000,
    shell: process.platform === 'win32',
  });
  if (result.spawnError) {
    const reason = (result.spawnError as NodeJS.ErrnoException).code === 'ENOENT'
      ? 'it is not on PATH'
      : result.spawnError.message;
    throw new DatabaseStartError(
      `Maven (mvn) not found: needed once to fetch Neo4j 5.26 from Maven Central (${reason}). Install Maven 3.8+, or set NEO4J_URI to use your own Neo4j 5.`,
    );
  }
  if (result.code !== 0 || !isCompiled()) {
    const tail = lastLines(stripAnsi(result.stdout + '\n' + result.stderr), OUTPUT_TAIL_LINES);
    const errorLine = tail.split('\n').reverse().find((l) => /\[ERROR\]|error:/i.test(l)) ?? firstLine(tail);
    throw new DatabaseStartError(
      `Fetching/compiling the local Neo4j with Maven failed (mvn -f neo4j/pom.xml compile${result.code === null ? ', timed out' : `, exit code ${result.code}`})${errorLine ? `: ${errorLine.trim()}` : ''}`,
      { details: tail },
    );
  }
}

/** The error for a Bolt port that is already in use (shared with the JVM's own message). */
function portTakenError(port: number): DatabaseStartError {
  return new DatabaseStartError(
    `Port ${port} is taken: another Neo4j? Set NEO4J_PORT to another port, or NEO4J_URI to use that database.`,
  );
}

async function checkPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE' || err.code === 'EACCES') reject(portTakenError(port));
      else reject(new DatabaseStartError(`Cannot use port ${port} on ${HOST}: ${err.message}`));
    });
    server.listen({ host: HOST, port, exclusive: true }, () => server.close(() => resolve()));
  });
}

// ---------------------------------------------------------------------------------------------
// The JVM

interface Running {
  child: ChildProcess;
  stop(): Promise<void>;
}

/** JVMs started by this process, stopped on exit / SIGINT / SIGTERM. */
const running = new Set<Running>();
let handlersInstalled = false;

function supervise(child: ChildProcess, port: number, log: (line: string) => void): Promise<LocalNeo4j> {
  const uri = `bolt://${HOST}:${port}`;
  const outputTail: string[] = [];
  let ready = false;

  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    child.once('error', () => resolve({ code: child.exitCode, signal: child.signalCode }));
  });

  // Writes to a closed stdin (JVM already gone) must not crash this process.
  child.stdin?.on('error', () => {});

  const remember = (line: string) => {
    outputTail.push(line);
    if (outputTail.length > OUTPUT_TAIL_LINES) outputTail.shift();
  };
  onLines(child.stderr!, (line) => {
    remember(line);
    // Once running, the launcher only writes warnings and errors to stderr: pass them on.
    if (ready && line.trim()) log(`neo4j: ${line}`);
  });

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        // Keep the event loop alive until the JVM is really gone.
        child.ref();
        child.kill('SIGTERM');
        const killTimer = setTimeout(() => child.kill('SIGKILL'), STOP_KILL_AFTER_MS);
        await exited;
        clearTimeout(killTimer);
      }
      running.delete(entry);
    })();
    return stopping;
  };
  const entry: Running = { child, stop };
  running.add(entry);
  installProcessHandlers();
  void exited.then(() => running.delete(entry));

  return new Promise<LocalNeo4j>((resolve, reject) => {
    let settled = false;
    const fail = (error: DatabaseStartError) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void stop().then(() => reject(error));
    };

    const timer = setTimeout(() => {
      fail(new DatabaseStartError(
        `Neo4j did not get ready within ${READY_TIMEOUT_MS / 1000} s${describeTail(outputTail)}`,
        { details: outputTail.join('\n') },
      ));
    }, READY_TIMEOUT_MS);

    onLines(child.stdout!, (line) => {
      if (settled) {
        if (line.trim()) log(`neo4j: ${line}`);
        return;
      }
      if (!line.startsWith('READY ')) {
        // The JVM itself reports startup failures (bad flags, too little memory) on stdout.
        remember(line);
        return;
      }
      settled = true;
      ready = true;
      clearTimeout(timer);
      // From now on the JVM must not keep this process alive: exit/signal handlers stop it.
      child.unref();
      for (const stream of [child.stdin, child.stdout, child.stderr]) {
        (stream as unknown as { unref?: () => void } | null)?.unref?.();
      }
      resolve({ uri, port, stop, exited });
    });

    child.once('error', (err: NodeJS.ErrnoException) => {
      fail(new DatabaseStartError(`Could not start Java: ${err.message}`, { cause: err }));
    });

    // 'close' (not 'exit'): by then stderr is drained, so the JVM's last "Error: …" line is in.
    const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolveClosed) => {
      child.once('close', (code, signal) => resolveClosed({ code, signal }));
    });
    void closed.then(({ code, signal }) => {
      if (settled) return;
      const fatal = [...outputTail].reverse().find((l) => l.startsWith('Error: '));
      const message = stopping
        ? 'Neo4j was stopped before it was ready (interrupted).'
        : fatal
        ? fatal.slice('Error: '.length).trim()
        : `Neo4j exited before it was ready (${signal ? `signal ${signal}` : `exit code ${code}`})${describeTail(outputTail)}`;
      fail(new DatabaseStartError(message, { details: outputTail.join('\n') }));
    });
  });
}

/** Stops all JVMs when this process exits or is interrupted. */
function installProcessHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;

  // 'exit' handlers must be synchronous: just signal the JVMs (they shut down on their own; their
  // stdin also reaches EOF once this process is gone).
  process.on('exit', () => {
    for (const { child } of running) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    }
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    const handler = () => {
      void Promise.allSettled([...running].map((r) => r.stop())).then(() => {
        // If the application handles this signal itself, leave exiting to it. Otherwise restore
        // the default behaviour and re-raise, so the process ends "killed by SIGINT/SIGTERM"
        // (exit status 130/143 for the shell) as it would have without us.
        if (process.listenerCount(signal) > 1) return;
        process.removeListener(signal, handler);
        process.kill(process.pid, signal);
      });
    };
    process.on(signal, handler);
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  spawnError?: Error;
}

function run(command: string, args: string[], opts: { timeoutMs: number; shell?: boolean }): Promise<RunResult> {
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let child: ChildProcess;
    try {
      child = spawn(command, args, {
        cwd: REPO_ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
        shell: opts.shell ?? false,
        windowsHide: true,
      });
    } catch (err) {
      resolve({ code: null, stdout, stderr, spawnError: err as Error });
      return;
    }
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs);
    child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.once('error', (err) => {
      clearTimeout(timer);
      resolve({ code: null, stdout, stderr, spawnError: err });
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

function onLines(stream: NodeJS.ReadableStream, onLine: (line: string) => void): void {
  let buffer = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    buffer += chunk;
    let newline: number;
    while ((newline = buffer.indexOf('\n')) >= 0) {
      onLine(buffer.slice(0, newline).replace(/\r$/, ''));
      buffer = buffer.slice(newline + 1);
    }
  });
  stream.on('end', () => {
    if (buffer) onLine(buffer);
    buffer = '';
  });
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

function describeTail(lines: string[]): string {
  const meaningful = lines.map((l) => l.trim()).filter(Boolean).slice(-3);
  return meaningful.length ? `: ${meaningful.join(' | ')}` : '.';
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0]?.trim() ?? '';
}

function lastLines(text: string, n: number): string {
  return text.trim().split('\n').slice(-n).join('\n');
}

function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}
