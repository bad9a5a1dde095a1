/**
 * What an event shows, from its mentions (the store passes them) and its centroid, all pure: the title of its most
 * representative mention (closest to the centroid, not the first one), a short extractive summary whose sentences
 * cite the mentions they come from, keywords, the origin (first mention) and the first mention per channel.
 */
import { analysisText } from '../nlp/normalize/index.js';
import { mentionTerms, termOf, unit } from './features.js';
import type { ClusterMention, Term } from './types.js';

export interface EventMember extends ClusterMention {
  /** Where it was published (news, weibo, …), for the first mention per channel. */
  channel: string;
}

export interface SummarySentence {
  text: string;
  /** The mention the sentence is taken from. */
  mention: string;
}

function cosine(a: readonly Term[], b: ReadonlyMap<string, number>): number {
  let dot = 0;
  for (const [t, w] of a) dot += w * (b.get(t) ?? 0);
  return dot;
}

function centroidMap(centroid: readonly Term[]): Map<string, number> {
  return new Map(unit([...centroid]));
}

/** Where a repost chain starts (Weibo's `//@name:`): what comes after it is the text reposted, not the poster's own. */
const REPOST_CHAIN = /\s*\/\/\s*@/;

/** The poster's own words of a text that may quote a repost chain. */
export function ownWords(text: string): string {
  const cut = text.search(REPOST_CHAIN);
  return (cut < 0 ? text : text.slice(0, cut)).trim();
}

/** An original says the story in its own words; a repost or copy says it again, or only reacts to it. */
function isOriginal(m: EventMember): boolean {
  return !m.parent && !m.duplicateOf && !REPOST_CHAIN.test(m.title) && !REPOST_CHAIN.test(m.text);
}

/** The members closest to the centroid first (originals before reposts, a title before none; earlier wins a tie). */
function byCloseness(members: readonly EventMember[], centroid: readonly Term[]): EventMember[] {
  const c = centroidMap(centroid);
  const rank = (m: EventMember) => 2 * Number(isOriginal(m)) + Number(m.title !== '');
  const scored = members.map((m) => ({ m, r: rank(m), s: cosine(mentionTerms(m), c) }));
  scored.sort((a, b) => b.r - a.r || b.s - a.s || a.m.at - b.m.at);
  return scored.map((x) => x.m);
}

/** The title of the most representative mention; a body's first sentence when no member has a title. */
export function eventTitle(members: readonly EventMember[], centroid: readonly Term[]): string {
  const best = byCloseness(members, centroid)[0];
  if (!best) return '';
  const title = ownWords(best.title);
  return title !== '' ? title : (sentencesOf(ownWords(best.text))[0] ?? sentencesOf(best.text)[0] ?? '').slice(0, 60);
}

const SENTENCE = /[^。！？!?；;\n]+[。！？!?；;]?/g;

/** A hashtag (`#星澜充电宝起火#`): a label the post carries, not a sentence of it. */
const HASHTAG = /#[^#\n]{1,40}#/g;

function sentencesOf(text: string): string[] {
  return (text.replace(HASHTAG, ' ').match(SENTENCE) ?? []).map((s) => s.trim()).filter((s) => [...s].length >= 6);
}

/** Up to `n` sentences nearest the centroid, from different mentions, in time order, each citing its mention. */
export function eventSummary(members: readonly EventMember[], centroid: readonly Term[], n = 3): SummarySentence[] {
  const c = centroidMap(centroid);
  const seen = new Set<string>();
  const candidates: { s: SummarySentence; at: number; score: number }[] = [];
  for (const m of members) {
    // A repost's chain repeats mentions that are members themselves; its poster's own words may add something.
    for (const text of sentencesOf(ownWords(m.text))) {
      const key = analysisText('', text);
      if (seen.has(key)) continue;
      seen.add(key);
      const terms = mentionTerms({ ...m, title: '', text, keywords: [], entities: [] });
      candidates.push({ s: { text, mention: m.id }, at: m.at, score: cosine(terms, c) });
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.at - b.at);
  const picked: typeof candidates = [];
  const cited = new Set<string>();
  for (const x of candidates) {
    if (picked.length >= n) break;
    if (cited.has(x.s.mention)) continue;
    cited.add(x.s.mention);
    picked.push(x);
  }
  return picked.sort((a, b) => a.at - b.at).map((x) => x.s);
}

/** The event's keywords: the heaviest words of its centroid that its members' keyword lists hold. */
export function eventKeywords(members: readonly EventMember[], centroid: readonly Term[], n = 10): string[] {
  const words = new Set(members.flatMap((m) => m.keywords.map((k) => termOf(k.word))));
  return [...centroid]
    .filter(([t]) => words.has(t))
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([t]) => t);
}

/** The first mention (ties by id), and the first mention of each channel. */
export function eventOrigins(members: readonly EventMember[]): { origin: string | null; firstPerChannel: Record<string, string> } {
  const sorted = [...members].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
  const firstPerChannel: Record<string, string> = {};
  for (const m of sorted) if (!Object.hasOwn(firstPerChannel, m.channel)) firstPerChannel[m.channel] = m.id;
  return { origin: sorted[0]?.id ?? null, firstPerChannel };
}
