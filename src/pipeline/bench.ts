/**
 * Intake and pipeline throughput on a fresh SQLite file: items written to the inbox per
 * second (batches of 500, each committed before it counts), then drained into mentions.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from '../config/index.js';
import { acceptItems } from '../intake/accept.js';
import { silentLogger } from '../log/logger.js';
import { connect } from '../store/dialect.js';
import { migrateToLatest } from '../store/migrate.js';
import { workspaceQueries } from '../store/queries/workspaces.js';
import { drainOnce } from './worker.js';

export async function benchPipeline(
  config: Config,
  items = 20_000,
): Promise<{ intakeItemsPerSec: number; drainItemsPerSec: number; items: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'yuqing-bench-'));
  const db = connect({ url: `sqlite:${join(dir, 'bench.db')}`, sqliteSynchronous: config.sqliteSynchronous });
  try {
    await migrateToLatest(db);
    const ws = await workspaceQueries.create(db.kysely, { slug: 'bench', name: 'bench', now: Date.now() });
    const started = performance.now();
    for (let start = 0; start < items; start += 500) {
      const batch = Array.from({ length: Math.min(500, items - start) }, (_, i) => ({
        ref: start + i,
        raw: {
          source: i % 3 === 0 ? 'weibo' : 'news.example.cn',
          externalId: `b${start + i}`,
          title: `某品牌充电宝起火事件第${start + i}条报道`,
          text: `网友发布视频称，某品牌充电宝在地铁车厢内冒烟起火，乘客紧急疏散。品牌客服表示正在核实。Item ${start + i}.`,
          author: `网友${i % 97}`,
          publishedAt: 1_763_596_800_000 + (start + i) * 1000,
          engagement: { reposts: i % 50, replies: i % 7, likes: i % 300 },
        },
      }));
      await acceptItems(db, { workspaceId: ws.id, origin: 'bench', items: batch });
    }
    const intakeSec = (performance.now() - started) / 1000;
    const drainStart = performance.now();
    const stored = await drainOnce({ db, config: { ...config, workerBatchSize: 500 }, logger: silentLogger });
    const drainSec = (performance.now() - drainStart) / 1000;
    return { items: stored, intakeItemsPerSec: Math.round(items / intakeSec), drainItemsPerSec: Math.round(stored / drainSec) };
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
