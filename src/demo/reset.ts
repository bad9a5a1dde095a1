/** `demo --reset`: removes a workspace's demo mentions (sources `demo:…`) and demo inbox rows, so a replay starts clean. */
import type { Db } from '../store/dialect.js';
import { demoOrigin } from './origin.js';

export async function resetDemo(db: Db, workspaceId: number): Promise<{ mentions: number; inbox: number }> {
  return db.kysely.transaction().execute(async (trx) => {
    const sources = trx.selectFrom('sources').select('id').where('workspace_id', '=', workspaceId).where('key', 'like', 'demo:%');
    const m = await trx.deleteFrom('mentions').where('workspace_id', '=', workspaceId).where('source_id', 'in', sources).executeTakeFirst();
    const i = await trx.deleteFrom('inbox').where('workspace_id', '=', workspaceId).where('origin', '=', demoOrigin).executeTakeFirst();
    return { mentions: Number(m.numDeletedRows), inbox: Number(i.numDeletedRows) };
  });
}
