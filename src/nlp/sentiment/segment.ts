/** Word cutting for sentiment features, on the process's one shared jieba segmenter. */
import { sharedJieba } from '../segment/jieba.js';

/** Cuts text into words (exact mode, HMM for unknown words). */
export function cutWords(text: string): string[] {
  return sharedJieba().cut(text, true);
}
