/** robots.txt parsing and matching. */
import { describe, expect, it } from 'vitest';
import { isAllowed, parseRobots } from './robots.js';

const text = `# comment
User-agent: Googlebot
Disallow: /

User-agent: *
Disallow: /private/
Disallow: /*.pdf$
Allow: /private/open/
Disallow:

User-agent: yuqing
User-agent: other
Disallow: /no-yuqing/
`;

describe('robots.txt', () => {
  it('uses our own group when one names us, else *', () => {
    expect(isAllowed(parseRobots(text, 'Yuqing'), '/no-yuqing/a')).toBe(false);
    expect(isAllowed(parseRobots(text, 'Yuqing'), '/private/x')).toBe(true);
    const star = parseRobots(text, 'somebot');
    expect(isAllowed(star, '/private/x')).toBe(false);
    expect(isAllowed(star, '/private/open/x')).toBe(true);
    expect(isAllowed(star, '/files/a.pdf')).toBe(false);
    expect(isAllowed(star, '/files/a.pdf?x=1')).toBe(true);
    expect(isAllowed(star, '/news/1.html')).toBe(true);
  });
  it('allows everything for an empty file, and always robots.txt itself', () => {
    expect(isAllowed(parseRobots('', 'yuqing'), '/x')).toBe(true);
    expect(isAllowed(parseRobots('User-agent: *\nDisallow: /', 'yuqing'), '/robots.txt')).toBe(true);
  });
});
