/** The sentiment API: load the committed Chinese weights once, then analyse Chinese or English text into a label and a score in [-1, 1]. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { englishLogit } from './english.js';
import { decodeModelFile } from './model-file.js';
import { labelFor, registerDamping, type SentimentLabel } from './neutral.js';
import { ChineseSentimentModel } from './zh-model.js';

export type { SentimentLabel } from './neutral.js';

export interface SentimentResult {
  label: SentimentLabel;
  /** In [-1, 1]: negative below zero, positive above. */
  score: number;
}

export type SentimentLanguage = 'zh' | 'en';

/** Word cutting for the model's features; must give jieba's exact-mode cut (see segment/clause-cuts.ts to reuse one). */
export type SentimentCut = (text: string) => readonly string[];

export interface SentimentModel {
  /** Label and score; `lang` defaults to a guess from the script (Han characters → zh); `cut` replaces the model's own jieba call. */
  analyze(text: string, lang?: SentimentLanguage, cut?: SentimentCut): SentimentResult;
  /** The raw signed logit for forced choice (sign = polarity), before neutral handling. */
  polarity(text: string, lang?: SentimentLanguage): number;
}

/** Where the committed weights live. */
export const MODEL_PATH = resolve(dirname(fileURLToPath(import.meta.url)), 'model/zh-sentiment.bin.gz');

const HAN = /\p{Script=Han}/u;
const LATIN_WORD = /[A-Za-z]{2,}/g;

/** zh when the text has Han characters and they are not swamped by Latin words. */
export function guessLanguage(text: string): SentimentLanguage {
  if (!HAN.test(text)) return 'en';
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(LATIN_WORD)?.length ?? 0;
  return han >= latin ? 'zh' : 'en';
}

/** Maps a logit to (-1, 1). */
export function squash(logit: number): number {
  return Math.tanh(logit / 2);
}

let cached: SentimentModel | null = null;

/** Loads the weights once per process (about 0.1–0.3 s including the jieba dictionary on first use). */
export function loadSentimentModel(path: string = MODEL_PATH): SentimentModel {
  if (cached && path === MODEL_PATH) return cached;
  const zh = new ChineseSentimentModel(decodeModelFile(readFileSync(path)));
  const polarity = (text: string, lang?: SentimentLanguage): number =>
    (lang ?? guessLanguage(text)) === 'zh' ? zh.score(text).logit : englishLogit(text);
  const model: SentimentModel = {
    polarity,
    analyze(text, lang, cut) {
      const l = lang ?? guessLanguage(text);
      if (l === 'en') {
        const score = squash(englishLogit(text));
        return { label: labelFor(score), score };
      }
      const s = zh.score(text, undefined, cut);
      const damp = registerDamping(text);
      const score = squash(s.logit * damp);
      return { label: labelFor(score), score };
    },
  };
  if (path === MODEL_PATH) cached = model;
  return model;
}
