/**
 * The per-request context the resolvers receive: the driver, a helper that runs one unit of
 * read work in a managed read transaction with a time limit, and the request's DataLoaders.
 *
 * Read-only: every transaction is a read transaction in a READ session (the server refuses a
 * write in it), and the API has no mutations.
 */
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { fromDatabaseError } from './errors.ts';
import { createLoaders, type Loaders } from './loaders.ts';

/** Default limit on one read transaction; the server terminates a transaction that runs longer. */
export const DEFAULT_TIMEOUT_MS = 5_000;

export interface ApiContext {
  /** The application's driver (owned by the caller of createApi; never closed here). */
  driver: Driver;
  /**
   * Run `work` in a read transaction (`session.executeRead`) on a fresh session, with the
   * context's transaction timeout, and close the session afterwards.
   *
   * `work` may be retried by the driver on transient failures, so it must build its result from
   * scratch each time (no side effects outside the transaction).
   *
   * @throws GraphQLError DATABASE_UNAVAILABLE when the driver cannot reach the database
   *   (ServiceUnavailable, SessionExpired); any other error unchanged (masked by yoga unless it
   *   is a GraphQLError thrown by `work`).
   */
  read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  /** Batching loaders of this request (each batch is one `read`). */
  loaders: Loaders;
}

export interface ContextOptions {
  driver: Driver;
  /** Database name; the driver's default database when absent. */
  database?: string;
  /** Transaction timeout in milliseconds; {@link DEFAULT_TIMEOUT_MS} when absent. */
  timeoutMs?: number;
}

/** Build the context of one request. Cheap: no session is opened until `read` is called. */
export function createContext({ driver, database, timeoutMs = DEFAULT_TIMEOUT_MS }: ContextOptions): ApiContext {
  const context: Omit<ApiContext, 'loaders'> = {
    driver,
    async read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
      let session: Session | undefined;
      try {
        session = driver.session({ defaultAccessMode: neo4j.session.READ, database });
        return await session.executeRead(work, { timeout: timeoutMs, metadata: { app: 'can-cu-api' } });
      } catch (error) {
        throw fromDatabaseError(error);
      } finally {
        await session?.close().catch(() => undefined);
      }
    },
  };
  return { ...context, loaders: createLoaders((work) => context.read(work)) };
}
