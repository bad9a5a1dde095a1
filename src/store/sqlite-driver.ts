/**
 * The SQLite driver. better-sqlite3 is synchronous, so a write that waits for a lock inside
 * SQLite (busy_timeout) would stop the whole process. Here SQLite waits at most a few
 * milliseconds; a write that finds the database locked by another process is retried with
 * backoff on timers, so the process keeps answering, until `lockWaitMs` runs out and the
 * SQLITE_BUSY error goes to the caller. Reads outside transactions run on their own
 * read-only connection (WAL lets them proceed while another connection writes), so they
 * never queue behind a write that waits. Transactions start with BEGIN IMMEDIATE, taking the
 * write lock up front, and a rollback is skipped when SQLite already rolled back (a full disk).
 */
import BetterSqlite3 from 'better-sqlite3';
import {
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely';

export interface SqliteDriverOptions {
  path: string;
  synchronous: 'FULL' | 'NORMAL';
  /** How long a write keeps trying to get the write lock before it fails with SQLITE_BUSY. */
  lockWaitMs: number;
}

/** How long SQLite itself may block the event loop waiting for a lock, per attempt. */
const inSqliteWaitMs = 5;
const firstBackoffMs = 5;
const maxBackoffMs = 100;

type Sqlite = BetterSqlite3.Database;

function isBusy(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function retryWhileBusy<T>(attempt: () => T, deadline: number): Promise<T> {
  let backoff = firstBackoffMs;
  for (;;) {
    try {
      return attempt();
    } catch (err) {
      if (!isBusy(err) || Date.now() + backoff > deadline) throw err;
      await sleep(backoff);
      backoff = Math.min(backoff * 2, maxBackoffMs);
    }
  }
}

/** Statements kept per connection: a batch's queries repeat their SQL, and preparing is a large part of a short query. */
const keptStatements = 500;

/** A connection's prepared statements by SQL, least recently used dropped first. */
class StatementCache {
  readonly #statements = new Map<string, BetterSqlite3.Statement>();

  constructor(readonly db: Sqlite) {}

  prepare(sql: string): BetterSqlite3.Statement {
    const kept = this.#statements.get(sql);
    if (kept) {
      this.#statements.delete(sql);
      this.#statements.set(sql, kept);
      return kept;
    }
    const stmt = this.db.prepare(sql);
    this.#statements.set(sql, stmt);
    if (this.#statements.size > keptStatements) {
      const oldest = this.#statements.keys().next();
      if (!oldest.done) this.#statements.delete(oldest.value);
    }
    return stmt;
  }
}

// A kept statement is never iterated (streamQuery prepares its own): all() and run() finish before the next query.
function run<R>(cache: StatementCache, query: CompiledQuery, prepared?: BetterSqlite3.Statement): QueryResult<R> {
  const stmt = prepared ?? cache.prepare(query.sql);
  const parameters = query.parameters as unknown[];
  if (stmt.reader) return { rows: stmt.all(parameters) as R[] };
  const { changes, lastInsertRowid } = stmt.run(parameters);
  return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
}

const readStart = /^\s*(select|with)\b/i;

class Mutex {
  #tail: Promise<void> = Promise.resolve();

  async lock(): Promise<() => void> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const before = this.#tail;
    this.#tail = before.then(() => held);
    await before;
    return release;
  }
}

class SqliteConnection implements DatabaseConnection {
  /** Set while this connection holds the writer (inside a transaction). */
  release: (() => void) | null = null;

  constructor(private readonly driver: RoutedSqliteDriver) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const d = this.driver;
    if (this.release) return run<R>(d.writerStatements, query);
    const deadline = Date.now() + d.lockWaitMs;
    const reader = d.readerStatements;
    if (reader && readStart.test(query.sql)) {
      const stmt = reader.prepare(query.sql);
      if (stmt.readonly) return retryWhileBusy(() => run<R>(reader, query, stmt), deadline);
    }
    const release = await d.mutex.lock();
    try {
      return await retryWhileBusy(() => run<R>(d.writerStatements, query), deadline);
    } finally {
      release();
    }
  }

  async *streamQuery<R>(query: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    const release = this.release ? null : await this.driver.mutex.lock();
    try {
      const stmt = this.driver.writer.prepare(query.sql);
      for (const row of stmt.iterate(query.parameters as unknown[])) yield { rows: [row as R] };
    } finally {
      release?.();
    }
  }

  async begin(): Promise<void> {
    const d = this.driver;
    const deadline = Date.now() + d.lockWaitMs;
    const release = await d.mutex.lock();
    try {
      await retryWhileBusy(() => d.writer.exec('BEGIN IMMEDIATE'), deadline);
    } catch (err) {
      release();
      throw err;
    }
    this.release = release;
  }

  commit(): void {
    try {
      this.driver.writer.exec('COMMIT');
    } finally {
      // A failed COMMIT may leave the transaction open; then the rollback that follows releases it.
      if (!this.driver.writer.inTransaction) this.end();
    }
  }

  rollback(): void {
    try {
      // After SQLITE_FULL (and some I/O errors) SQLite has already rolled back on its own.
      if (this.release && this.driver.writer.inTransaction) this.driver.writer.exec('ROLLBACK');
    } finally {
      this.end();
    }
  }

  private end(): void {
    const release = this.release;
    this.release = null;
    release?.();
  }
}

function asOurs(connection: DatabaseConnection): SqliteConnection {
  if (!(connection instanceof SqliteConnection)) throw new Error('connection did not come from this driver');
  return connection;
}

function open(path: string, synchronous: string, readOnly: boolean): Sqlite {
  const db = new BetterSqlite3(path);
  if (!readOnly) db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous}`);
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${inSqliteWaitMs}`);
  if (readOnly) db.pragma('query_only = ON');
  return db;
}

class RoutedSqliteDriver implements Driver {
  writer!: Sqlite;
  /** Null for an in-memory database, which a second connection could not see. */
  reader: Sqlite | null = null;
  writerStatements!: StatementCache;
  readerStatements: StatementCache | null = null;
  readonly mutex = new Mutex();
  readonly lockWaitMs: number;

  constructor(private readonly options: SqliteDriverOptions) {
    this.lockWaitMs = options.lockWaitMs;
  }

  async init(): Promise<void> {
    this.writer = open(this.options.path, this.options.synchronous, false);
    this.writerStatements = new StatementCache(this.writer);
    if (this.options.path !== ':memory:' && this.options.path !== '') {
      this.reader = open(this.options.path, this.options.synchronous, true);
      this.readerStatements = new StatementCache(this.reader);
    }
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    return new SqliteConnection(this);
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await asOurs(connection).begin();
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    asOurs(connection).commit();
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    asOurs(connection).rollback();
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    const c = asOurs(connection);
    if (c.release) c.rollback();
  }

  async destroy(): Promise<void> {
    this.reader?.close();
    this.writer?.close();
  }
}

export function sqliteDialect(options: SqliteDriverOptions): Dialect {
  return {
    createAdapter: () => new SqliteAdapter(),
    createQueryCompiler: () => new SqliteQueryCompiler(),
    createIntrospector: (db: Kysely<never>) => new SqliteIntrospector(db),
    createDriver: () => new RoutedSqliteDriver(options),
  };
}
