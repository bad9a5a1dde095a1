/** Stored mentions with an analysis, for tests of the events step, corrections and API. */
import type { Db } from '../../store/dialect.js';
import { withEvents } from '../../store/queries/events-tables.js';
import { makeMention } from '../../testing/factories.js';

export interface StoryMention {
  title: string;
  text?: string;
  at: number;
  keywords: string[];
  sentiment?: 'positive' | 'neutral' | 'negative';
  parentId?: number;
  duplicateOf?: number;
  channel?: string;
}

/** Stores a mention as the pipeline would (title, text, keywords, sentiment, links); returns its id. */
export async function storeStoryMention(db: Db, ws: number, sourceId: number, m: StoryMention): Promise<number> {
  const id = await makeMention(db, ws, sourceId, { sortAt: m.at, title: m.title, text: m.text ?? m.title });
  await withEvents(db.kysely)
    .updateTable('mentions')
    .set({
      analysis: JSON.stringify({ keywords: m.keywords.map((word, i) => ({ word, weight: 1 - i * 0.1 })), entities: [], categories: [] }),
      sentiment_label: m.sentiment ?? 'neutral',
      parent_id: m.parentId ?? null,
      duplicate_of: m.duplicateOf ?? null,
      channel: m.channel ?? 'news',
    })
    .where('id', '=', id)
    .execute();
  return id;
}

export async function eventOf(db: Db, mentionId: number): Promise<number | null> {
  const r = await withEvents(db.kysely).selectFrom('mentions').select('event_id').where('id', '=', mentionId).executeTakeFirstOrThrow();
  return r.event_id === null ? null : Number(r.event_id);
}

export const BRAKE = ['刹车', '失灵', '召回', '星驰汽车'];
export const FACTORY = ['工厂', '火灾', '消防', '化工厂'];
