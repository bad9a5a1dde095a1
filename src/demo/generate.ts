/**
 * The demo scenario, generated: fixed turning points (the first post, a big account's repost, the rumour, the
 * regulator's and the company's statements) and ~2,000 crowd items around them, drawn by a seeded generator from
 * `templates.ts`. Same seed, same items. Times are offsets from the first post; `replay.ts` maps them to clock time.
 */
import type { IncomingItem } from '../domain/incoming-item.js';
import { seededRandom } from '../domain/random.js';
import { channelOf, engagement, fillSlots, type Hub, type HubInfo, latestHub, repostText, weiboItem } from './build.js';
import { chooseKind, crowdItem } from './crowd.js';
import { HOUR_MS, sampleOffsets, scenarioSpanMs } from './timeline.js';
import { fixedEvents } from './turning-points.js';

export const scenarioSize = 2000;
export const defaultSeed = 20261120;

export interface ScenarioItem {
  /** Milliseconds after the first post (0 … 72 h). */
  offsetMs: number;
  /** The item without `publishedAt`, which the replay sets. */
  item: IncomingItem;
}

export function generateScenario(seed = defaultSeed): ScenarioItem[] {
  const r = seededRandom(seed);
  const out: ScenarioItem[] = [];
  const hubs: Hub[] = [];
  let seq = 0;
  const nextId = () => `xl-${String(++seq).padStart(5, '0')}`;

  const emit = (offsetMs: number, item: IncomingItem, hub?: HubInfo) => {
    out.push({ offsetMs, item });
    if (hub && item.externalId) {
      hubs.push({
        id: item.externalId,
        author: item.author ?? '',
        text: item.text,
        source: item.source,
        channel: item.channel ?? 'other',
        platform: item.platform,
        ...hub,
      });
    }
  };
  const fill = (s: string) => fillSlots(r, s);
  const fixed = fixedEvents();
  const crowd = sampleOffsets(r, scenarioSize - fixed.length);
  const timeline = [...fixed.map((f) => ({ at: f.at, fixed: f })), ...crowd.map((at) => ({ at, fixed: undefined }))].sort(
    (a, b) => a.at - b.at || (a.fixed ? -1 : 1),
  );

  for (const slot of timeline) {
    const id = nextId();
    const age = scenarioSpanMs - slot.at;
    if (slot.fixed) {
      const f = slot.fixed;
      const parent = f.parentRole ? latestHub(hubs, f.parentRole) : undefined;
      const text = parent && f.kind === 'repost' ? repostText(fill(f.text), parent) : fill(f.text);
      const item = weiboItem(id, text, f.author, f.followers, f.region);
      if (f.channel !== 'weibo') Object.assign(item, channelOf(f.channel, f.platform, f.source));
      if (f.title) item.title = f.title;
      if (f.url) item.url = f.url;
      if (f.lang) item.lang = f.lang;
      if (f.channel === 'news') delete item.region;
      if (parent) item.parent = parent.id;
      item.engagement = engagement(r, f.followers, age, f.boost);
      emit(slot.at, item, f.hubRole ? { weight: f.boost * 10, role: f.hubRole } : undefined);
      continue;
    }
    const kind = chooseKind(r, slot.at / HOUR_MS);
    emit(slot.at, ...crowdItem(r, kind, id, age, hubs, fill));
  }
  return out;
}
