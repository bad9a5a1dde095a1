import { describe, expect, it } from 'vitest';
import { canonicalUrl } from './canonical-url.js';

describe('canonicalUrl', () => {
  it('drops tracking parameters, fragments and default ports, and sorts the rest', () => {
    expect(canonicalUrl('HTTPS://News.Example.COM:443/a/b/?utm_source=x&b=2&a=1&spm=3#top')).toBe('https://news.example.com/a/b?a=1&b=2');
  });
  it('keeps meaningful query parameters and non-default ports', () => {
    expect(canonicalUrl('http://example.com:8080/item?id=42')).toBe('http://example.com:8080/item?id=42');
  });
  it('refuses what is not http(s)', () => {
    expect(canonicalUrl('javascript:alert(1)')).toBeNull();
    expect(canonicalUrl('not a url')).toBeNull();
  });
});
