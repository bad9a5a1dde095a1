/** jieba's IDF table (shipped with @node-rs/jieba), parsed once into a map; unknown words get the median IDF as jieba does. */
import { idf } from '@node-rs/jieba/dict.js';

export interface IdfTable {
  get(word: string): number;
  /** Whether the table lists the word (jieba's IDF table knows words its dictionary lacks). */
  has(word: string): boolean;
}

let table: IdfTable | null = null;

export function jiebaIdf(): IdfTable {
  if (table) return table;
  const map = new Map<string, number>();
  const values: number[] = [];
  for (const line of Buffer.from(idf).toString('utf8').split('\n')) {
    const space = line.lastIndexOf(' ');
    if (space <= 0) continue;
    const value = Number(line.slice(space + 1));
    if (!Number.isFinite(value)) continue;
    map.set(line.slice(0, space), value);
    values.push(value);
  }
  values.sort((a, b) => a - b);
  const median = values[values.length >> 1] ?? 10;
  const t: IdfTable = { get: (word) => map.get(word) ?? median, has: (word) => map.has(word) };
  table = t;
  return t;
}
