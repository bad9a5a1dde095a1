/**
 * What every command needs: validated config, the logger, and (on demand) the database.
 * Commands get a context instead of reading the environment themselves.
 */
import { type Config, ConfigError, loadConfig } from '../config/index.js';
import { createLogger, type Logger } from '../log/logger.js';
import type { Db } from '../store/dialect.js';
import { assertSchemaCurrent } from '../store/migrate.js';
import { openDatabase, openWorkerDatabase } from '../store/open.js';

export interface CliContext {
  config: Config;
  logger: Logger;
  /** Opens the database; with `requireCurrent` it refuses a schema that is behind; `worker`: a pipeline worker's own connection. */
  openDb(opts?: { requireCurrent?: boolean; worker?: boolean }): Promise<Db>;
}

export function createCliContext(): CliContext {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`yuqing: ${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);
  return {
    config,
    logger,
    async openDb({ requireCurrent = true, worker = false } = {}) {
      const db = worker ? openWorkerDatabase(config) : openDatabase(config);
      if (requireCurrent) {
        try {
          await assertSchemaCurrent(db);
        } catch (err) {
          await db.close();
          throw err;
        }
      }
      return db;
    },
  };
}

/** Prints a one-line error and exits non-zero; for failures a person must act on. */
export function fail(message: string, code = 1): never {
  process.stderr.write(`yuqing: ${message}\n`);
  process.exit(code);
}
