import { describe, expect, it } from 'vitest';
import { segment } from '../segment/index.js';
import { UserLexicon } from '../segment/lexicon.js';
import { extractKeywords } from './tfidf.js';

describe('TF-IDF keywords', () => {
  it('ranks content words by TF-IDF and skips function words', () => {
    const words = segment('电动汽车电池起火事故频发，电动汽车安全问题引发关注，我们认为电池质量需要监管。');
    const keywords = extractKeywords(words, 5);
    expect(keywords.length).toBe(5);
    expect(keywords.map((k) => k.word)).toContain('电动汽车');
    expect(keywords.map((k) => k.word)).not.toContain('我们');
    expect(keywords[0]!.weight).toBeGreaterThanOrEqual(keywords[4]!.weight);
  });
  it('counts a user word as one keyword', () => {
    const lexicon = new UserLexicon([{ word: '问界M9', pos: 'nz', kind: 'product' }]);
    const keywords = extractKeywords(segment('问界M9交付，问界M9口碑不错', lexicon), 3);
    expect(keywords[0]!.word).toBe('问界M9');
  });
  it('returns nothing for text without content words', () => {
    expect(extractKeywords(segment('。。。 123'))).toEqual([]);
  });
});
