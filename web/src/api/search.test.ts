import { describe, expect, it } from 'vitest';
import { searchBody } from './search.js';

describe('search by POST', () => {
  it('sends the page parameters as the body takes them: numbers for topic and limit, a boolean fold, absent ones left out', () => {
    expect(
      searchBody({ q: '华为 OR 荣耀', sort: 'newest', limit: 20, topic: '3', cursor: undefined, from: '', fold: 'false', count: 'exact' }),
    ).toEqual({ q: '华为 OR 荣耀', sort: 'newest', limit: 20, topic: 3, fold: false, count: 'exact' });
    expect(searchBody({ fold: 'true' })).toEqual({ fold: true });
  });
});
