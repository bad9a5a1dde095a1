/** A seeded generator of edited reposts (quote prefixes, truncation, added tags, punctuation changes), to measure duplicate finding. */

export interface Repost {
  text: string;
  /** Index of the original in the input list. */
  of: number;
  edits: string[];
}

/** mulberry32: a small seeded generator in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;

type Edit = (text: string, rnd: () => number) => string;

const edits: Record<string, Edit> = {
  quote: (t, r) => `${pick(r, comments)}//@${pick(r, names)}:${r() < 0.5 ? ' ' : ''}${t}`,
  truncate: (t, r) => {
    const chars = [...t];
    const keep = Math.max(1, Math.round(chars.length * (0.7 + r() * 0.25)));
    return `${chars.slice(0, keep).join('')}${r() < 0.5 ? '…' : '...全文'}`;
  },
  tag: (t, r) => (r() < 0.5 ? `${pick(r, tags)} ${t}` : `${t} ${pick(r, tags)}`),
  punctuation: (t, r) => {
    const [re, to] = pick(r, swaps);
    return t.replace(re, to);
  },
  link: (t) => `${t} http://t.cn/A6${Math.abs(t.length * 7919).toString(36)}`,
};
const editNames = Object.keys(edits);

/** `perOriginal` reposts of each original, each with one to three edits, deterministic for a seed. */
export function generateReposts(originals: readonly string[], { seed = 1, perOriginal = 2 } = {}): Repost[] {
  const rnd = seededRandom(seed);
  const out: Repost[] = [];
  originals.forEach((original, of) => {
    for (let k = 0; k < perOriginal; k++) {
      const n = 1 + Math.floor(rnd() * 3);
      const chosen: string[] = [];
      while (chosen.length < n) {
        const e = pick(rnd, editNames);
        if (!chosen.includes(e)) chosen.push(e);
      }
      let text = original;
      for (const e of chosen) text = edits[e]?.(text, rnd) ?? text;
      out.push({ text, of, edits: chosen });
    }
  });
  return out;
}
