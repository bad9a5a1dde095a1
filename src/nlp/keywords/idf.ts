/** jieba's IDF table (shipped with @node-rs/jieba), parsed once into a map; unknown words get the median IDF as jieba does. */
import { idf } from '@node-rs/jieba/dict.js';
import { WordTable } from '../segment/word-table.js';

export interface IdfTable {
  get(word: string): number;
  /** Whether the table lists the word (jieba's IDF table knows words its dictionary lacks). */
  has(word: string): boolean;
}

let table: IdfTable | null = null;

export function jiebaIdf(): IdfTable {
  if (table) return table;
  const lines = Buffer.from(idf).toString('utf8').split('\n');
  const words = new WordTable(lines.length);
  const weights = new Float64Array(lines.length);
  const values: number[] = [];
  for (const line of lines) {
    const space = line.lastIndexOf(' ');
    if (space <= 0) continue;
    const value = Number(line.slice(space + 1));
    if (!Number.isFinite(value)) continue;
    weights[words.add(line.slice(0, space))] = value;
    values.push(value);
  }
  values.sort((a, b) => a - b);
  const median = values[values.length >> 1] ?? 10;
  const t: IdfTable = {
    get: (word) => {
      const n = words.find(word);
      return n < 0 ? median : (weights[n] as number);
    },
    has: (word) => words.find(word) >= 0,
  };
  table = t;
  return t;
}
