/** Finding and removing Weibo bracket emoticons. */
import { describe, expect, it } from 'vitest';
import { extractEmoticons, stripEmoticons } from './emoticons.js';

describe('emoticons', () => {
  it('extracts emoticon names in order', () => {
    expect(extractEmoticons('[怒][怒]太过分了[泪]')).toEqual(['怒', '怒', '泪']);
    expect(extractEmoticons('没有表情')).toEqual([]);
  });

  it('removes every [..] token', () => {
    expect(stripEmoticons('好开心[哈哈]//@某人:[嘻嘻]同感').includes('[')).toBe(false);
    expect(stripEmoticons('[海航酒店集团第四季度收益提升会]')).toBe(' ');
  });
});
