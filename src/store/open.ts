/** Opening the configured database: the one entry point the CLI, server and worker use. */
import type { Config } from '../config/index.js';
import { connect, type Db } from './dialect.js';

export function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'sqliteSynchronous' | 'pgPoolSize' | 'dbLockWaitMs'>,
  pgSchema?: string,
): Db {
  return connect({
    url: config.databaseUrl,
    sqliteSynchronous: config.sqliteSynchronous,
    pgPoolSize: config.pgPoolSize,
    lockWaitMs: config.dbLockWaitMs,
    ...(pgSchema ? { pgSchema } : {}),
  });
}
