/** Opening the configured database: the one entry point the CLI, server and worker use. */
import type { Config } from '../config/index.js';
import { connect, type Db } from './dialect.js';

type DbConfig = Pick<Config, 'databaseUrl' | 'sqliteSynchronous' | 'pgPoolSize' | 'dbLockWaitMs'>;

export function openDatabase(config: DbConfig, pgSchema?: string): Db {
  return connect({
    url: config.databaseUrl,
    sqliteSynchronous: config.sqliteSynchronous,
    pgPoolSize: config.pgPoolSize,
    lockWaitMs: config.dbLockWaitMs,
    ...(pgSchema ? { pgSchema } : {}),
  });
}

/**
 * A pipeline worker's own connection. On SQLite it commits with `synchronous = NORMAL` whatever `sqliteSynchronous`
 * says: in WAL that is safe against a crash of the process (a SIGKILL loses no commit), and a power failure can lose
 * only the last of its commits, never an acknowledged item. What a worker commits is derived from the inbox: a lost
 * commit leaves its items claimed (or pending), so their lease runs out and they are processed again; and every
 * `FULL` commit of intake syncs the log up to itself, the worker's frames before it included. Intake, the API and
 * everything else keep the configured mode.
 */
export function openWorkerDatabase(config: DbConfig): Db {
  return openDatabase({ ...config, sqliteSynchronous: 'NORMAL' });
}
