/**
 * A seeded generator of edited reposts, to measure duplicate finding. The light edits (quote prefixes, truncation at
 * the end, added tags and links, punctuation changes) are what the normaliser strips or the containment rule allows;
 * the heavy ones are what it does not undo: a comment inserted in the middle, words substituted, clauses reordered,
 * a cut in the middle, emoji and emoticons inserted, the text rewritten in traditional characters.
 */
import * as OpenCC from 'opencc-js/cn2t';
import { type Random, seededRandom } from '../../domain/random.js';

export interface Repost {
  text: string;
  /** Index of the original in the input list. */
  of: number;
  edits: string[];
}

const names = ['小王爱吃瓜', '北京发布', 'momo', '吃货日记', '路人甲', '财经观察', 'Lily_2024', '一只猫'];
const comments = ['转发', '说得对', '太真实了', '同感！', '哈哈哈', '有人管管吗', '', '这也行？'];
const tags = ['#热点#', '#维权#', '#今日头条#', '#好评#', '#避雷#', '#opinion'];
const swaps: [RegExp, string][] = [
  [/，/g, ','],
  [/。/g, '.'],
  [/！/g, '!!!'],
  [/[，。、]/g, ' '],
  [/,/g, '，'],
  [/\s+/g, ''],
];

type Edit = (text: string, r: Random) => string;

const edits: Record<string, Edit> = {
  quote: (t, r) => `${r.pick(comments)}//@${r.pick(names)}:${r.next() < 0.5 ? ' ' : ''}${t}`,
  truncate: (t, r) => {
    const chars = [...t];
    const keep = Math.max(1, Math.round(chars.length * (0.7 + r.next() * 0.25)));
    return `${chars.slice(0, keep).join('')}${r.next() < 0.5 ? '…' : '...全文'}`;
  },
  tag: (t, r) => (r.next() < 0.5 ? `${r.pick(tags)} ${t}` : `${t} ${r.pick(tags)}`),
  punctuation: (t, r) => {
    const [re, to] = r.pick(swaps);
    return t.replace(re, to);
  },
  link: (t) => `${t} http://t.cn/A6${Math.abs(t.length * 7919).toString(36)}`,
};

const insertedComments = [
  '真的假的',
  '太可怕了',
  '希望伤者早日康复',
  '这已经不是第一次了',
  '有关部门管管吧',
  '转给身边的人看看',
  '第2次看到了',
  '坐等后续',
  '楼主说得对',
];
const substitutions: [string, string][] = [
  ['发生', '出现'],
  ['目前', '当前'],
  ['已经', '已'],
  ['表示', '称'],
  ['受伤', '负伤'],
  ['调查', '核查'],
  ['通报', '通告'],
  ['正在', '仍在'],
  ['网友', '网民'],
  ['消费者', '顾客'],
  ['很', '非常'],
  ['太', '特别'],
  ['不错', '挺好'],
  ['酒店', '宾馆'],
  ['房间', '客房'],
  ['味道', '口味'],
  ['东西', '商品'],
  ['快递', '物流'],
  ['商家', '店家'],
  ['以后', '今后'],
];
const emoji = ['😡', '🔥', '🙏', '😭', '👍', '[怒]', '[泪]', '[微笑]', '[赞]'];
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** Offsets just after a clause mark (，。；！？ and their ASCII forms), not at the very end. */
function clauseEnds(chars: readonly string[]): number[] {
  const ends: number[] = [];
  for (let i = 0; i < chars.length - 1; i++) if ('，。；！？,;!?'.includes(chars[i]!)) ends.push(i + 1);
  return ends;
}

const heavyEdits: Record<string, Edit> = {
  comment: (t, r) => {
    const chars = [...t];
    const ends = clauseEnds(chars).filter((i) => i > chars.length * 0.2 && i < chars.length * 0.8);
    const at = ends.length > 0 ? r.pick(ends) : Math.floor(chars.length / 2);
    return `${chars.slice(0, at).join('')}（${r.pick(insertedComments)}）${chars.slice(at).join('')}`;
  },
  substitute: (t, r) => {
    let out = t;
    let done = 0;
    for (const [from, to] of substitutions) {
      if (done < 3 && out.includes(from) && r.next() < 0.6) {
        out = out.split(from).join(to);
        done++;
      }
    }
    return out;
  },
  reorder: (t, r) => {
    const chars = [...t];
    const cuts = [0, ...clauseEnds(chars), chars.length];
    const parts = cuts.slice(1).map((end, i) => chars.slice(cuts[i], end).join(''));
    if (parts.length < 2) return t;
    const i = r.int(parts.length - 1);
    [parts[i], parts[i + 1]] = [parts[i + 1]!, parts[i]!];
    return parts.join('');
  },
  // A middle part left out, whole clauses at a time (an excerpt), 15–30 % of the text.
  cut: (t, r) => {
    const chars = [...t];
    const ends = [0, ...clauseEnds(chars), chars.length];
    const inner = ends.filter((i) => i >= chars.length * 0.2 && i <= chars.length * 0.6);
    if (inner.length === 0) return t;
    const start = r.pick(inner);
    const want = chars.length * (0.15 + r.next() * 0.15);
    const end = ends.find((i) => i - start >= want && i < chars.length) ?? start;
    return `${chars.slice(0, start).join('')}${chars.slice(end).join('')}`;
  },
  // Emoji and emoticon codes between characters, never inside a Latin word or a number.
  emoji: (t, r) => {
    const chars = [...t];
    const n = 1 + r.int(3);
    for (let k = 0; k < n; k++) {
      const at = r.int(chars.length + 1);
      const inWord =
        /[\p{L}\p{N}]/u.test(chars[at - 1] ?? '') &&
        /[\p{L}\p{N}]/u.test(chars[at] ?? '') &&
        !/\p{Script=Han}/u.test(`${chars[at - 1]}${chars[at]}`);
      chars.splice(inWord ? chars.length : at, 0, r.pick(emoji));
    }
    return chars.join('');
  },
  traditional: (t) => toTraditional(t),
};

/** The light edits, each undone by the normaliser or allowed by the containment rule. */
export const LIGHT_EDITS: readonly string[] = Object.keys(edits);
/** The heavy edits, which the normaliser does not undo. */
export const HEAVY_EDITS: readonly string[] = Object.keys(heavyEdits);
const allEdits: Record<string, Edit> = { ...edits, ...heavyEdits };

/** `perOriginal` reposts of each original, each with one to three of `kinds` (the light edits by default), deterministic for a seed. */
export function generateReposts(
  originals: readonly string[],
  { seed = 1, perOriginal = 2, kinds = LIGHT_EDITS }: { seed?: number; perOriginal?: number; kinds?: readonly string[] } = {},
): Repost[] {
  const rnd = seededRandom(seed);
  const out: Repost[] = [];
  originals.forEach((original, of) => {
    for (let k = 0; k < perOriginal; k++) {
      const n = 1 + rnd.int(Math.min(3, kinds.length));
      const chosen: string[] = [];
      while (chosen.length < n) {
        const e = rnd.pick(kinds);
        if (!chosen.includes(e)) chosen.push(e);
      }
      let text = original;
      for (const e of chosen) text = allEdits[e]?.(text, rnd) ?? text;
      out.push({ text, of, edits: chosen });
    }
  });
  return out;
}
