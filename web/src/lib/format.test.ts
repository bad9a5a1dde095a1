import { describe, expect, it } from 'vitest';
import { formatCount } from './format.js';

describe('formatCount', () => {
  it('groups digits and turns compact where each language does', () => {
    expect(formatCount(9876, 'zh')).toBe('9,876');
    expect(formatCount(12_345, 'zh')).toBe('1.2万');
    expect(formatCount(1_234_567, 'zh')).toBe('123.5万');
    expect(formatCount(12_345, 'en')).toBe('12,345');
    expect(formatCount(1_234_567, 'en')).toBe('1.2M');
    expect(formatCount(0, 'zh')).toBe('0');
    expect(formatCount(null, 'en')).toBe('–');
  });
});
