/** A workspace's user dictionary (words for segmentation and entities). Every query is scoped by workspace id. */
import type { Selectable } from 'kysely';
import type { UserDictionaryTable } from '../schema.js';
import type { Q } from './executor.js';

export interface DictionaryWordRecord {
  id: number;
  workspaceId: number;
  word: string;
  pos: string;
  weight: number;
  kind: string;
  createdAt: number;
}

function toWord(row: Selectable<UserDictionaryTable>): DictionaryWordRecord {
  return {
    id: Number(row.id),
    workspaceId: Number(row.workspace_id),
    word: row.word,
    pos: row.pos,
    weight: Number(row.weight),
    kind: row.kind,
    createdAt: Number(row.created_at),
  };
}

export const dictionaryQueries = {
  async list(q: Q, workspaceId: number): Promise<DictionaryWordRecord[]> {
    const rows = await q.selectFrom('user_dictionary').selectAll().where('workspace_id', '=', workspaceId).orderBy('id').execute();
    return rows.map(toWord);
  },

  async create(
    q: Q,
    w: { workspaceId: number; word: string; pos: string; weight: number; kind: string; now: number },
  ): Promise<DictionaryWordRecord> {
    const row = await q
      .insertInto('user_dictionary')
      .values({ workspace_id: w.workspaceId, word: w.word, pos: w.pos, weight: w.weight, kind: w.kind, created_at: w.now })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toWord(row);
  },

  async remove(q: Q, workspaceId: number, id: number): Promise<boolean> {
    const r = await q.deleteFrom('user_dictionary').where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  },
};
