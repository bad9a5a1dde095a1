/** Building blocks of the demo scenario: the parent nodes (hubs), item shapes per channel, repost chains, counts, slot filling. */
import type { Channel } from '../domain/channel.js';
import type { IncomingItem } from '../domain/incoming-item.js';
import type { Random } from '../domain/random.js';
import * as t from './templates.js';
import { HOUR_MS } from './timeline.js';

/** An item others can repost or comment on. */
export interface Hub {
  id: string;
  author: string;
  text: string;
  source: string;
  channel: Channel;
  platform: string | undefined;
  weight: number;
  role: 'story' | 'rumour' | 'statement';
}

export type HubInfo = Omit<Hub, 'id' | 'author' | 'text' | 'source' | 'channel' | 'platform'>;

export function weiboItem(id: string, text: string, author: string, followers: number, region: string): IncomingItem {
  const item: IncomingItem = {
    source: 'demo:weibo',
    externalId: id,
    text,
    author,
    channel: 'weibo',
    platform: 'weibo',
    region: `IP属地：${region}`,
  };
  if (followers > 0) item.authorFollowers = followers;
  return item;
}

export function channelOf(channel: Channel, platform: string | undefined, source: string | undefined): Partial<IncomingItem> {
  const out: Partial<IncomingItem> = { channel, source: `demo:${source ?? channel}` };
  if (platform) out.platform = platform;
  return out;
}

/** `reason//@parent:parent's text`, as Weibo writes a repost; long chains are cut. */
export function repostText(reason: string, parent: Hub): string {
  const s = `${reason}//@${parent.author}:${parent.text}`;
  return s.length > 600 ? `${s.slice(0, 599)}…` : s;
}

/** Counts that grow with the author's reach and the item's age (older items have had longer to collect them). */
export function engagement(r: Random, followers: number, ageMs: number, boost: number): NonNullable<IncomingItem['engagement']> {
  const reach = Math.log10(followers + 10) ** 2;
  const grown = 1 - Math.exp(-ageMs / (10 * HOUR_MS));
  const n = (scale: number) => Math.max(0, Math.round(scale * reach * grown * boost * (0.4 + r.next())));
  return { likes: n(30), reposts: n(6), replies: n(4) };
}

export function withViews(e: NonNullable<IncomingItem['engagement']>): NonNullable<IncomingItem['engagement']> {
  return { ...e, views: (e.likes ?? 0) * 40 + 100 };
}

export function latestHub(hubs: Hub[], role: Hub['role']): Hub | undefined {
  for (let i = hubs.length - 1; i >= 0; i--) if (hubs[i]?.role === role && hubs[i]?.channel === 'weibo') return hubs[i];
  return undefined;
}

/** A parent among the nodes so far, weighted by reach. */
export function pickHub(r: Random, hubs: Hub[], role: Hub['role'], channel?: Channel): Hub | undefined {
  const pool = hubs.filter((h) => h.role === role && (!channel || h.channel === channel));
  if (pool.length === 0) return role === 'story' ? undefined : pickHub(r, hubs, 'story', channel);
  const total = pool.reduce((s, h) => s + h.weight, 0);
  let x = r.next() * total;
  for (const h of pool) {
    x -= h.weight;
    if (x < 0) return h;
  }
  return pool.at(-1);
}

export function fillSlots(r: Random, s: string): string {
  return s.replace(/\{(\w+)\}/g, (m, name: string) => {
    if (name === 'cut') return m;
    if (name === 'date') return '11月20日';
    if (name === 'number') return String(8000 + r.int(6000));
    const pool = t.slots[name];
    return pool ? r.pick(pool) : m;
  });
}
