/**
 * Runs Yuqing's HTTP server: opens the database, refuses a schema that is behind,
 * creates the first admin on an empty database, starts the embedded pipeline worker and collector,
 * listens, and shuts down gracefully on SIGTERM/SIGINT.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from '../api/app.js';
import { ensureFirstAdmin } from '../auth/bootstrap.js';
import type { Config } from '../config/index.js';
import type { Logger } from '../log/logger.js';
import { createWorkspaceResources } from '../pipeline/resources.js';
import { defaultWorkerId, startWorker, type WorkerHandle } from '../pipeline/worker.js';
import { createScheduler } from '../scheduler/index.js';
import type { Db } from '../store/dialect.js';
import { assertSchemaCurrent, schemaStatus } from '../store/migrate.js';
import { answerClientErrors } from './client-errors.js';
import { createFrontDoor } from './web-app.js';

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

export async function startServer(db: Db, config: Config, logger: Logger, print: (text: string) => void): Promise<RunningServer> {
  await assertSchemaCurrent(db);
  const first = await ensureFirstAdmin(db, config);

  const resources = createWorkspaceResources(db);
  const worker: WorkerHandle | null = config.embeddedWorker ? startWorker({ db, config, logger, resources }) : null;
  const collector = config.embeddedCollector
    ? createScheduler({ db, config, logger, workerId: defaultWorkerId(), onItemsAccepted: () => worker?.wake() })
    : null;
  collector?.start();
  const api = createApp({
    db,
    config,
    logger,
    resources,
    onItemsAccepted: () => worker?.wake(),
    ready: async () => {
      const s = await schemaStatus(db);
      return s.pending.length === 0;
    },
  });
  const door = createFrontDoor(api, config.webDir, { hsts: config.cookieSecure });

  const server = serve({ fetch: door.fetch, hostname: config.host, port: config.port });
  answerClientErrors(server, logger);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', () => resolve());
    server.once('error', reject);
  });
  const address = server.address() as AddressInfo;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${shownHost}:${address.port}`;
  logger.info(
    { url, dialect: db.dialect, embeddedWorker: config.embeddedWorker, embeddedCollector: config.embeddedCollector },
    'server listening',
  );

  const lines = ['', '='.repeat(64), `  舆情 Yuqing is running at ${url}`];
  if (first.created) {
    lines.push(
      '  First start: an admin account was created.',
      `    username: ${first.username}`,
      first.generated ? `    password: ${first.password}` : '    password: (the one set in YUQING_ADMIN_PASSWORD)',
      first.generated ? '  This password is shown only once. Keep it somewhere safe.' : '',
    );
  }
  lines.push('='.repeat(64), '');
  print(lines.filter((l, i, all) => l !== '' || i === 0 || i === all.length - 1).join('\n'));

  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      logger.info('shutting down: no new connections, finishing requests and the current batch');
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await collector?.stop();
      await worker?.stop();
      logger.info('stopped');
    })();
    return stopping;
  };
  return { url, stop };
}
