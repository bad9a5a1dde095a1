/** What of the demo a workspace already holds: which scenario items intake has seen, and how far the pipeline got. */
import type { Db } from '../store/dialect.js';
import { demoOrigin } from './origin.js';

/** How many of these dedupe keys the workspace's inbox already has (whatever their state). */
export async function countKnownItems(db: Db, workspaceId: number, keys: readonly string[]): Promise<number> {
  let known = 0;
  for (let i = 0; i < keys.length; i += 500) {
    const row = await db.kysely
      .selectFrom('inbox')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('workspace_id', '=', workspaceId)
      .where('dedupe_key', 'in', keys.slice(i, i + 500))
      .executeTakeFirstOrThrow();
    known += Number(row.n);
  }
  return known;
}

export interface DemoStatus {
  /** Demo mentions stored in the workspace, by any worker (this command's or a running server's). */
  mentions: number;
  /** Demo items accepted but not processed yet (waiting or being processed). */
  pending: number;
}

export async function demoStatus(db: Db, workspaceId: number): Promise<DemoStatus> {
  const sources = db.kysely.selectFrom('sources').select('id').where('workspace_id', '=', workspaceId).where('key', 'like', 'demo:%');
  const m = await db.kysely
    .selectFrom('mentions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('source_id', 'in', sources)
    .executeTakeFirstOrThrow();
  const p = await db.kysely
    .selectFrom('inbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('origin', '=', demoOrigin)
    .where('status', 'in', ['pending', 'processing'])
    .executeTakeFirstOrThrow();
  return { mentions: Number(m.n), pending: Number(p.n) };
}
