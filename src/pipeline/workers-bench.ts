/**
 * PostgreSQL throughput with 1, 2 and 4 `bin/yuqing worker` processes over one inbox. For each run: a fresh
 * schema on the configured server (YUQING_TEST_PG_URL), the workers started and polling, then `items` varied
 * Chinese/English posts from the matching workload committed to the inbox in one intake transaction; the clock
 * runs from that commit until the workers have logged every item finished. Each run also checks that no item
 * was finished twice or left behind, and that every item has exactly one mention.
 */
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { type RawBuilder, sql } from 'kysely';
import type { Config } from '../config/index.js';
import { connect, type Db } from '../store/dialect.js';
import { migrateToLatest } from '../store/migrate.js';
import { workspaceQueries } from '../store/queries/workspaces.js';
import { startWorkerProcesses } from './testkit/worker-processes.js';
import { fillWorkloadInbox } from './testkit/workload-inbox.js';

export interface WorkersRun {
  workers: number;
  /** The 1-minute load average as the run started (the box may be shared). */
  load: number;
  seconds: number;
  itemsPerSec: number;
  /** Items each worker finished. */
  perWorker: number[];
  /** Inbox ids finished by more than one worker (or twice by one), items not done, mentions beyond one per item. */
  twice: number;
  missing: number;
  extraMentions: number;
}

export interface WorkersBench {
  items: number;
  batchSize: number;
  runs: WorkersRun[];
  /** Mean throughput of the 2-worker runs over the 1-worker runs (target ≥ 1.5 on 2 cores), and of 4 over 1. */
  ratio2: number | null;
  ratio4: number | null;
}

/** Each count runs twice, in the order 1 2 4 4 2 1, so a load that rises or falls over the bench on a shared machine biases no count. */
export async function benchWorkers(config: Config, { items = 10_000, counts = [1, 2, 4, 4, 2, 1] } = {}): Promise<WorkersBench> {
  const runs: WorkersRun[] = [];
  for (const workers of counts) runs.push(await runWorkers(config, workers, items));
  const rate = (k: number) => {
    const of = runs.filter((r) => r.workers === k);
    return of.length === 0 ? undefined : of.reduce((sum, r) => sum + r.itemsPerSec, 0) / of.length;
  };
  const ratio = (k: number) => {
    const one = rate(1);
    const many = rate(k);
    return one && many ? Math.round((many / one) * 100) / 100 : null;
  };
  return { items, batchSize: config.workerBatchSize, runs, ratio2: ratio(2), ratio4: ratio(4) };
}

async function runWorkers(config: Config, workers: number, items: number): Promise<WorkersRun> {
  const load = Math.round((loadavg()[0] ?? 0) * 100) / 100;
  const schema = `yq_bench_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  await onServer(config, sql`CREATE SCHEMA ${sql.id(schema)}`);
  const db = connect({ url: config.testPostgresUrl, pgSchema: schema, pgPoolSize: 2 });
  try {
    await migrateToLatest(db);
    const ws = (await workspaceQueries.create(db.kysely, { slug: 'bench', name: 'bench', now: Date.now() })).id;
    const fleet = await startWorkerProcesses(workers, {
      DATABASE_URL: withSearchPath(config.testPostgresUrl, schema),
      YUQING_WORKER_BATCH: String(config.workerBatchSize),
      // On PostgreSQL the processes are the parallelism: each analyses inline, so n processes use n cores, not 2n threads.
      YUQING_ANALYSIS_THREADS: '0',
    });
    try {
      await fillWorkloadInbox(db, ws, { items, chunk: items });
      const committed = performance.now();
      await fleet.finished(items);
      const seconds = (performance.now() - committed) / 1000;
      const done = fleet.doneIds();
      const check = await verify(db, done);
      return {
        workers,
        load,
        seconds: Math.round(seconds * 10) / 10,
        itemsPerSec: Math.round(items / seconds),
        perWorker: done.map((d) => d.length),
        ...check,
      };
    } finally {
      await fleet.stop();
    }
  } finally {
    await db.close();
    await onServer(config, sql`DROP SCHEMA IF EXISTS ${sql.id(schema)} CASCADE`);
  }
}

/** What the workers' logs and the database say against "each item once, one mention each". */
async function verify(db: Db, done: number[][]): Promise<Pick<WorkersRun, 'twice' | 'missing' | 'extraMentions'>> {
  const all = done.flat();
  const twice = all.length - new Set(all).size;
  const notDone = await db.kysely
    .selectFrom('inbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '!=', 'done')
    .executeTakeFirstOrThrow();
  const mentions = await db.kysely
    .selectFrom('mentions')
    .select([(eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.count<number>('inbox_id').distinct().as('items')])
    .executeTakeFirstOrThrow();
  return { twice, missing: Number(notDone.n), extraMentions: Number(mentions.n) - Number(mentions.items) };
}

async function onServer(config: Config, statement: RawBuilder<unknown>): Promise<void> {
  const admin = connect({ url: config.testPostgresUrl, pgPoolSize: 1 });
  try {
    await statement.execute(admin.kysely);
  } finally {
    await admin.close();
  }
}

/** The URL child processes use to reach `schema` (libpq `options`). */
function withSearchPath(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}
