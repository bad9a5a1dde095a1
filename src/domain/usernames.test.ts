/** Folded keys, confusable skeletons and the mixed-script rule, on look-alike pairs written for this project. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeUsername, usernameKey, usernameProblem, usernameSkeleton } from './usernames.js';

const fixture = JSON.parse(readFileSync(new URL('./testdata/look-alike-usernames.json', import.meta.url), 'utf8')) as {
  same: [string, string][];
  distinct: [string, string][];
  mixedScript: string[];
  singleScript: string[];
};

const collide = (a: string, b: string) => usernameKey(a) === usernameKey(b) || usernameSkeleton(a) === usernameSkeleton(b);

describe('usernames', () => {
  it.each(fixture.same)('%s and %s cannot both exist', (a, b) => {
    expect(collide(a, b)).toBe(true);
  });

  it.each(fixture.distinct)('%s and %s can both exist', (a, b) => {
    expect(collide(a, b)).toBe(false);
  });

  it.each(fixture.mixedScript)('refuses the mixed-script name %s', (name) => {
    expect(usernameProblem(normalizeUsername(name))).toMatch(/mixes letters of different scripts/);
  });

  it.each(fixture.singleScript)('accepts %s', (name) => {
    expect(usernameProblem(normalizeUsername(name))).toBeNull();
  });

  it('stores the NFKC form and folds case for the key', () => {
    expect(normalizeUsername(' ｚｈａｎｇ.wei ')).toBe('zhang.wei');
    expect(usernameKey('ZHANG.Wei')).toBe('zhang.wei');
    expect(usernameKey('Ａｄｍｉｎ')).toBe('admin');
  });

  it('refuses what the pattern refuses', () => {
    expect(usernameProblem('a')).toMatch(/2 to 64/);
    expect(usernameProblem('has space')).toMatch(/2 to 64/);
    expect(usernameProblem('zero\u200bwidth')).toMatch(/2 to 64/);
  });
});
