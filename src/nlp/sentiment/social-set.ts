/** The handwritten social-post sentiment set (testdata/social-posts.jsonl) and three-class scoring: accuracy, macro-F1, confusion. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SentimentLabel } from './neutral.js';

export interface SocialPost {
  id: string;
  /** complaint, praise, aftersales, question, news, sarcasm, mixed. */
  kind: string;
  label: SentimentLabel;
  /** `tune` may be looked at while changing the analyser; `test` is held out. */
  split: 'tune' | 'test';
  text: string;
}

export const LABELS: readonly SentimentLabel[] = ['positive', 'neutral', 'negative'];

export const SOCIAL_POSTS_PATH = resolve(dirname(fileURLToPath(import.meta.url)), 'testdata/social-posts.jsonl');

export function loadSocialPosts(path: string = SOCIAL_POSTS_PATH): SocialPost[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as SocialPost);
}

export interface LabelScores {
  accuracy: number;
  macroF1: number;
  /** confusion[gold][predicted] in LABELS order. */
  confusion: number[][];
}

export function scoreLabels(gold: readonly SentimentLabel[], predicted: readonly SentimentLabel[]): LabelScores {
  const confusion = LABELS.map(() => LABELS.map(() => 0));
  gold.forEach((g, i) => {
    const row = confusion[LABELS.indexOf(g)];
    const p = LABELS.indexOf(predicted[i] ?? 'neutral');
    if (row) row[p] = (row[p] ?? 0) + 1;
  });
  let correct = 0;
  let f1 = 0;
  for (let k = 0; k < LABELS.length; k++) {
    const tp = confusion[k]?.[k] ?? 0;
    correct += tp;
    const goldK = confusion[k]?.reduce((a, b) => a + b, 0) ?? 0;
    const predK = confusion.reduce((a, r) => a + (r[k] ?? 0), 0);
    f1 += goldK + predK === 0 ? 0 : (2 * tp) / (goldK + predK);
  }
  return { accuracy: gold.length === 0 ? 0 : correct / gold.length, macroF1: f1 / LABELS.length, confusion };
}
