/**
 * People, organisations and places in a mention, from four sources in order of trust: the workspace's user
 * dictionary, names from its topics (exact), well-known organisations, jieba's name tags (nr, nt, ns; unknown words starting with a common
 * surname; a person's name must be plausible: kinds.ts), and organisation suffixes joined with the nouns before them (广州市第一人民医院).
 */
import type { TaggedWord } from '../../domain/mention.js';
import type { UserLexicon } from '../segment/lexicon.js';
import type { WordTrie } from '../segment/trie.js';
import { codePoints, hasLetter, isAllHan, lowerCase } from '../text/char-classes.js';
import { type Entity, type EntityKind, isPlausiblePersonName, kindOfTag, kindOfUserWord, ORG_SUFFIXES, SURNAMES } from './kinds.js';
import { KNOWN_ORGS } from './organisations.js';

const ORG_PARTS = new Set(['n', 'nz', 'ns', 'nt', 'nr', 'j', 'eng', 'm', 'nrt', 'x']);

export interface EntitySources {
  lexicon: UserLexicon;
  topicNames: WordTrie<{ name: string; kind: EntityKind }>;
}

function add(found: Map<string, Entity>, name: string, kind: EntityKind): void {
  const key = `${kind}\u0000${lowerCase(name)}`;
  const e = found.get(key);
  if (e) e.count++;
  else found.set(key, { name, kind, count: 1 });
}

export function extractEntities(text: string, words: readonly TaggedWord[], sources: EntitySources): Entity[] {
  const found = new Map<string, Entity>();
  const claimed = new Set<string>();
  for (const hit of sources.topicNames.find(text)) {
    add(found, hit.value.name, hit.value.kind);
    claimed.add(lowerCase(text.slice(hit.start, hit.end)));
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w || (w.word.length < 2 && !ORG_SUFFIXES.has(w.word))) continue;
    if (claimed.size > 0 && claimed.has(lowerCase(w.word))) continue;
    const user = sources.lexicon.lookup(w.word);
    if (user) {
      const kind = kindOfUserWord(user.kind);
      if (kind) add(found, user.word, kind);
      continue;
    }
    if (KNOWN_ORGS.has(w.tag === 'eng' ? w.word.toLowerCase() : w.word)) {
      add(found, w.word, 'org');
      continue;
    }
    if (ORG_SUFFIXES.has(w.word)) {
      const org = orgBefore(words, i);
      if (org) add(found, org, 'org');
      continue;
    }
    const kind = kindOfTag(w.tag) ?? (w.tag === 'x' && isLikelyName(w.word) ? 'person' : null);
    if (!kind) continue;
    const len = codePoints(w.word);
    if (kind === 'person' && !isPlausiblePersonName(w.word)) continue;
    if (len < 2) continue;
    // An organisation name will be read whole at its suffix; skip its parts here.
    if (kind === 'place' && ORG_SUFFIXES.has(nextNoun(words, i))) continue;
    add(found, w.word, kind);
  }
  return [...found.values()].sort((a, b) => b.count - a.count);
}

function isLikelyName(word: string): boolean {
  const len = codePoints(word);
  return (len === 2 || len === 3) && isAllHan(word) && SURNAMES.has(word[0] ?? '') && isPlausiblePersonName(word);
}

function nextNoun(words: readonly TaggedWord[], i: number): string {
  for (let j = i + 1; j < words.length && j <= i + 3; j++) {
    const w = words[j];
    if (!w || !ORG_PARTS.has(w.tag)) return w?.word ?? '';
    if (ORG_SUFFIXES.has(w.word)) return w.word;
  }
  return '';
}

/** The organisation ending at words[i] (a suffix): up to three name-like words before it, numbers not leading. */
function orgBefore(words: readonly TaggedWord[], i: number): string | null {
  let start = i;
  while (start > 0 && i - start < 3) {
    const prev = words[start - 1];
    if (!prev || !ORG_PARTS.has(prev.tag) || ORG_SUFFIXES.has(prev.word) || !hasLetter(prev.word)) {
      if (prev?.tag !== 'm') break;
    }
    start--;
  }
  while (start < i && words[start]?.tag === 'm') start++;
  if (start === i) return null;
  return words
    .slice(start, i + 1)
    .map((w) => w.word)
    .join('');
}
