/** The one jieba instance of the process for analysis, created on first use (dictionary load ~200 ms). */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

let instance: Jieba | null = null;

export function sharedJieba(): Jieba {
  instance ??= Jieba.withDict(dict);
  return instance;
}
