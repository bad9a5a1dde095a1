/**
 * Wraps a Kysely driver to keep `StoreHealth` up to date: every store failure a query, a
 * connection or a commit meets is recorded; evidence that it is gone (the database answers,
 * a write gets its lock, a write stores rows) clears it. Nothing else about the queries changes.
 */
import {
  type CompiledQuery,
  type DatabaseConnection,
  DeleteQueryNode,
  type Dialect,
  type Driver,
  InsertQueryNode,
  type Kysely,
  MergeQueryNode,
  type QueryCompiler,
  type QueryResult,
  type TransactionSettings,
  UpdateQueryNode,
} from 'kysely';
import type { StoreHealth } from './failure.js';

function isWrite(query: CompiledQuery): boolean {
  const node = query.query;
  return InsertQueryNode.is(node) || UpdateQueryNode.is(node) || DeleteQueryNode.is(node) || MergeQueryNode.is(node);
}

function changedRows(result: QueryResult<unknown>): boolean {
  return (result.numAffectedRows ?? 0n) > 0n || result.rows.length > 0;
}

class ObservedConnection implements DatabaseConnection {
  inTransaction = false;
  changed = false;

  constructor(
    readonly inner: DatabaseConnection,
    private readonly health: StoreHealth,
  ) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    let result: QueryResult<R>;
    try {
      result = await this.inner.executeQuery<R>(query);
    } catch (err) {
      this.health.failed(err);
      throw err;
    }
    this.health.answered();
    if (isWrite(query)) {
      this.health.locked();
      if (changedRows(result)) {
        if (this.inTransaction) this.changed = true;
        else this.health.stored();
      }
    }
    return result;
  }

  streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    return this.inner.streamQuery<R>(query, chunkSize);
  }
}

function unwrap(connection: DatabaseConnection): ObservedConnection {
  if (!(connection instanceof ObservedConnection)) throw new Error('connection did not come from this driver');
  return connection;
}

class ObservedDriver implements Driver {
  constructor(
    private readonly inner: Driver,
    private readonly health: StoreHealth,
    /** Whether a successful BEGIN means the write lock is ours (SQLite's BEGIN IMMEDIATE). */
    private readonly beginLocks: boolean,
  ) {}

  init(): Promise<void> {
    return this.inner.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    try {
      return new ObservedConnection(await this.inner.acquireConnection(), this.health);
    } catch (err) {
      this.health.failed(err);
      throw err;
    }
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const c = unwrap(connection);
    await this.observe(() => this.inner.beginTransaction(c.inner, settings));
    c.inTransaction = true;
    c.changed = false;
    this.health.answered();
    if (this.beginLocks) this.health.locked();
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const c = unwrap(connection);
    await this.observe(() => this.inner.commitTransaction(c.inner));
    c.inTransaction = false;
    if (c.changed) this.health.stored();
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    const c = unwrap(connection);
    c.inTransaction = false;
    await this.observe(() => this.inner.rollbackTransaction(c.inner));
  }

  async savepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    await this.inner.savepoint?.(unwrap(connection).inner, name, compile);
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    await this.inner.rollbackToSavepoint?.(unwrap(connection).inner, name, compile);
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    await this.inner.releaseSavepoint?.(unwrap(connection).inner, name, compile);
  }

  releaseConnection(connection: DatabaseConnection): Promise<void> {
    return this.inner.releaseConnection(unwrap(connection).inner);
  }

  destroy(): Promise<void> {
    return this.inner.destroy();
  }

  private async observe(run: () => Promise<void>): Promise<void> {
    try {
      await run();
    } catch (err) {
      this.health.failed(err);
      throw err;
    }
  }
}

/** The same dialect, with its driver reporting to `health`. */
export function observedDialect(dialect: Dialect, health: StoreHealth, opts: { beginLocks: boolean }): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createIntrospector: (db: Kysely<never>) => dialect.createIntrospector(db),
    createDriver: () => new ObservedDriver(dialect.createDriver(), health, opts.beginLocks),
  };
}
