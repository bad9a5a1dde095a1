/** The shared jieba segmenter for sentiment features, created on first use (dictionary load ~200 ms). */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

let jieba: Jieba | null = null;

/** Cuts text into words (exact mode, HMM for unknown words). */
export function cutWords(text: string): string[] {
  if (!jieba) jieba = Jieba.withDict(dict);
  return jieba.cut(text, true);
}
