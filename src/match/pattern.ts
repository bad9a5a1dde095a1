/**
 * Where a term or phrase occurs in folded text. A pattern is segments separated by gaps; a gap matches any run
 * of spaces and punctuation (possibly none). A segment edge that is a word letter or digit must not touch
 * another word letter or digit (Latin whole words); Chinese edges match anywhere (substrings).
 */
import type { Pattern } from './ast.js';
import { classTable, fold, SEPARATOR, WORD } from './fold.js';

export interface CompiledPattern {
  readonly segments: readonly string[];
  /** Per segment: its first / last unit is a word letter or digit, so that edge needs a word boundary. */
  readonly leftWord: readonly boolean[];
  readonly rightWord: readonly boolean[];
  readonly wildcard: boolean;
}

/** Folds raw query text and splits it into segments; empty when it has no letters, digits or Chinese. */
export function segmentsOf(raw: string): string[] {
  const f = fold(raw);
  const segments: string[] = [];
  let start = -1;
  for (let i = 0; i < f.length; i++) {
    if (classTable[f.charCodeAt(i)] === SEPARATOR) {
      if (start >= 0) segments.push(f.slice(start, i));
      start = -1;
    } else if (start < 0) start = i;
  }
  if (start >= 0) segments.push(f.slice(start));
  return segments;
}

export function compilePattern(p: Pattern): CompiledPattern {
  const segments = p.value.split(' ');
  const isWord = (s: string, i: number) => classTable[s.charCodeAt(i)] === WORD;
  return {
    segments,
    leftWord: segments.map((s) => isWord(s, 0)),
    rightWord: segments.map((s) => isWord(s, s.length - 1)),
    wildcard: p.wildcard,
  };
}

const isWordAt = (text: string, i: number) => i >= 0 && i < text.length && classTable[text.charCodeAt(i)] === WORD;

/** End offset of an occurrence starting exactly at `start`, or -1. */
export function matchAt(text: string, start: number, p: CompiledPattern): number {
  const { segments, leftWord, rightWord } = p;
  if (leftWord[0] && isWordAt(text, start - 1)) return -1;
  let pos = start + segments[0]!.length;
  for (let i = 1; i < segments.length; i++) {
    if (rightWord[i - 1] && isWordAt(text, pos)) return -1;
    while (pos < text.length && classTable[text.charCodeAt(pos)] === SEPARATOR) pos++;
    const seg = segments[i]!;
    if (!text.startsWith(seg, pos)) return -1;
    if (leftWord[i] && isWordAt(text, pos - 1)) return -1;
    pos += seg.length;
  }
  if (p.wildcard) {
    while (isWordAt(text, pos)) pos++;
  } else if (rightWord[segments.length - 1] && isWordAt(text, pos)) return -1;
  return pos;
}

/** Whether the pattern occurs anywhere in the folded text. */
export function occursIn(text: string, p: CompiledPattern): boolean {
  const first = p.segments[0]!;
  for (let s = text.indexOf(first); s >= 0; s = text.indexOf(first, s + 1)) {
    if (matchAt(text, s, p) >= 0) return true;
  }
  return false;
}

/** Every occurrence as flat `[start, end, start, end, …]`, by increasing start (overlaps included). */
export function occurrences(text: string, p: CompiledPattern): number[] {
  const out: number[] = [];
  const first = p.segments[0]!;
  for (let s = text.indexOf(first); s >= 0; s = text.indexOf(first, s + 1)) {
    const end = matchAt(text, s, p);
    if (end >= 0) out.push(s, end);
  }
  return out;
}
