/** Key accounts on both backends: onward spread counted through stored parent links, ranked, scoped to period, topics and workspace. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { draftFixture } from '../domain/testkit/draft.js';
import { insertMentions } from '../store/queries/mentions-write.js';
import { topicQueries } from '../store/queries/topics.js';
import { describeBackends } from '../testing/backends.js';
import { makeMember, makeSource, makeWorkspace } from '../testing/factories.js';
import type { KeyAccounts } from './schemas/key-accounts.js';
import { type Caller, createHarness, errorCode, type Harness, loginAs } from './testing/harness.js';

const H = 3_600_000;
const from = Date.UTC(2026, 2, 1);
const to = from + 24 * H;

describeBackends('key accounts API', (dialect) => {
  let h: Harness;
  let analyst: Caller;
  let outsider: Caller;
  let ws = 0;
  let brand = 0;
  const url = (extra = '') =>
    `/api/v1/workspaces/${ws}/key-accounts?from=${new Date(from).toISOString()}&to=${new Date(to).toISOString()}${extra}`;

  beforeAll(async () => {
    h = await createHarness(dialect, { loginMaxAttempts: 1000 });
    ws = (await makeWorkspace(h.t.db)).id;
    const other = (await makeWorkspace(h.t.db)).id;
    const member = async (w: number) => {
      const made = await makeMember(h.t.db, w, 'analyst');
      return loginAs(h.app, made.user.username, made.password);
    };
    analyst = await member(ws);
    outsider = await member(other);
    brand = (await topicQueries.create(h.t.db.kysely, { workspaceId: ws, name: '澜途', query: '澜途', createdBy: null, now: 0 })).id;
    const weibo = await makeSource(h.t.db, ws, { key: 'weibo' });
    const otherWeibo = await makeSource(h.t.db, other, { key: 'weibo' });
    let n = 0;
    const m = (author: string, at: number, over: Parameters<typeof draftFixture>[0] = {}, workspaceId = ws, sourceId = weibo.id) => {
      n++;
      return {
        draft: draftFixture({
          workspaceId,
          inboxId: n,
          dedupeKey: `k${n}`,
          externalId: `e${n}`,
          author,
          channel: 'social',
          collectedAt: at,
          ...over,
        }),
        sourceId,
      };
    };
    // 大V's post draws three reposts; 小号 has more posts but draws one; 路人 draws none.
    const stored = await insertMentions(h.t.db.kysely, [
      m('大V', from + H, { authorFollowers: 2_000_000, topicIds: [brand] }),
      m('小号', from + 2 * H, { topicIds: [brand] }),
      m('小号', from + 3 * H, { topicIds: [brand] }),
      m('路人', from + 4 * H, { likes: 500 }),
      m('转发1', from + 5 * H),
      m('转发2', from + 6 * H),
      m('转发3', to + H), // a repost after the period still counts for a post in it
      m('转发4', from + 7 * H),
      m('早前', from - H, { topicIds: [brand] }), // before the period
      m('大V', from + 2 * H, {}, other, otherWeibo.id), // another workspace's account of the same name
      m('外人', from + 3 * H, {}, other, otherWeibo.id),
    ]);
    const ids = stored;
    const setParent = (child: number, parent: number) =>
      h.t.db.kysely.updateTable('mentions').set({ parent_id: parent }).where('id', '=', child).execute();
    await setParent(ids[4]!, ids[0]!);
    await setParent(ids[5]!, ids[0]!);
    await setParent(ids[6]!, ids[0]!);
    await setParent(ids[7]!, ids[1]!);
    // Another workspace's mention pointing at ours never counts.
    await setParent(ids[10]!, ids[0]!);
  });
  afterAll(async () => {
    await h.dispose();
  });

  it('ranks accounts by the onward spread their posts drew, then by reach', async () => {
    const r = await analyst.get(url());
    expect(r.status).toBe(200);
    const body = r.body as KeyAccounts;
    expect(body.items.map((a) => [a.author, a.mentions, a.drew])).toEqual([
      ['大V', 1, 3],
      ['小号', 2, 1],
      ['路人', 1, 0],
      // Ties in spread and reach go by name.
      ['转发1', 1, 0],
      ['转发2', 1, 0],
      ['转发4', 1, 0],
    ]);
    const big = body.items[0]!;
    expect(big.followers).toBe(2_000_000);
    expect(big.channel).toBe('social');
    expect(body.items[2]!.reach).toBe(500);
  });

  it('keeps to the topics asked for, and to the limit', async () => {
    const r = await analyst.get(url(`&topics=${brand}&limit=1`));
    expect(r.status).toBe(200);
    expect((r.body as KeyAccounts).items.map((a) => [a.author, a.drew])).toEqual([['大V', 3]]);
  });

  it('refuses a backwards period and another workspace', async () => {
    const back = await analyst.get(
      `/api/v1/workspaces/${ws}/key-accounts?from=${new Date(to).toISOString()}&to=${new Date(from).toISOString()}`,
    );
    expect(back.status).toBe(400);
    expect(errorCode(back)).toBe('invalid_request');
    expect((await outsider.get(url())).status).toBe(404);
  });
});
