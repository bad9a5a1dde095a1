import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segment } from '../segment/index.js';
import { UserLexicon } from '../segment/lexicon.js';
import { isPlausibleGuess } from './guessed-words.js';
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

interface FragmentCase {
  text: string;
  fragments: string[];
  words: string[];
}

describe('keywords from words jieba only guessed', () => {
  const cases = JSON.parse(readFileSync(new URL('./testdata/fragment-posts.json', import.meta.url), 'utf8')) as FragmentCase[];
  it.each(cases)('drops fragments straddling two words and keeps real words: $text', (c) => {
    const found = extractKeywords(segment(c.text), 20).map((k) => k.word);
    for (const f of c.fragments) expect(found).not.toContain(f);
    for (const w of c.words) expect(found).toContain(w);
  });
  it('keeps a guessed word the text repeats, unless a function character sits at its edge', () => {
    expect(isPlausibleGuess('星澜', 3)).toBe(true);
    expect(isPlausibleGuess('星澜', 1)).toBe(false);
    expect(isPlausibleGuess('宝到', 2)).toBe(false);
    expect(isPlausibleGuess('在星', 2)).toBe(false);
  });
});
