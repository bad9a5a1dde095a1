/**
 * Runs Yuqing's HTTP server until `signal` aborts: refuses a schema that is behind, creates the first admin on an
 * empty database, listens, and only then starts the embedded pipeline worker (in its own thread, warming up
 * there) and the collector, so a backlog in the inbox never delays listening. On abort, at any of these moments,
 * it stops accepting connections, finishes the requests in flight, stops the collector and the worker (which
 * finishes or abandons its batch), and resolves; the caller closes the database.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from '../api/app.js';
import type { Starting } from '../api/schemas/health.js';
import { ensureFirstAdmin, type FirstAdmin } from '../auth/bootstrap.js';
import type { Config } from '../config/index.js';
import type { Logger } from '../log/logger.js';
import { createWorkspaceResources, type WorkspaceResources } from '../pipeline/resources.js';
import { defaultWorkerId } from '../pipeline/worker.js';
import { createScheduler, type Scheduler } from '../scheduler/index.js';
import type { Db } from '../store/dialect.js';
import { assertSchemaCurrent, schemaStatus } from '../store/migrate.js';
import { answerClientErrors } from './client-errors.js';
import { startEmbeddedWorker } from './embedded-worker.js';
import type { EmbeddedWorker } from './pipeline-thread.js';
import { createFrontDoor } from './web-app.js';

export async function runServer(db: Db, config: Config, logger: Logger, print: (text: string) => void, signal: AbortSignal): Promise<void> {
  await assertSchemaCurrent(db);
  const first = await ensureFirstAdmin(db, config);
  if (signal.aborted) return;

  let worker: EmbeddedWorker | null = null;
  let collector: Scheduler | null = null;
  const local = createWorkspaceResources(db);
  const resources: WorkspaceResources = {
    get: (spec, workspaceId) => local.get(spec, workspaceId),
    invalidate(workspaceId, spec) {
      local.invalidate(workspaceId, spec);
      worker?.invalidate(workspaceId);
    },
  };
  const api = createApp({
    db,
    config,
    logger,
    resources,
    onItemsAccepted: () => worker?.wake(),
    ready: async () => (await schemaStatus(db)).pending.length === 0 && !['failed', 'stalled'].includes(worker?.state() ?? ''),
    starting: () => starting(config, worker),
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
  print(banner(url, first));

  if (!signal.aborted) {
    if (config.embeddedWorker) worker = startEmbeddedWorker({ db, config, logger, resources });
    if (config.embeddedCollector) {
      collector = createScheduler({ db, config, logger, workerId: defaultWorkerId(), onItemsAccepted: () => worker?.wake() });
      collector.start();
    }
    await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
  }

  logger.info('shutting down: no new connections, finishing requests and the current batch');
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await collector?.stop();
  await worker?.stop();
}

function starting(config: Config, worker: EmbeddedWorker | null): Starting[] {
  if (!config.embeddedWorker) return [];
  if (worker === null) return [{ part: 'pipeline', doing: 'starting the embedded worker' }];
  if (worker.state() === 'warming') return [{ part: 'pipeline', doing: 'loading the jieba dictionary and the sentiment weights' }];
  return [];
}

function banner(url: string, first: FirstAdmin): string {
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
  return lines.filter((l, i, all) => l !== '' || i === 0 || i === all.length - 1).join('\n');
}
