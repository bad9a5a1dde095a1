/** Reading the labelled sentiment splits from ../shared/data/sentiment (absent in a user's clone). */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractEmoticons, stripEmoticons } from '../../src/nlp/text/emoticons.js';

export const CORPORA = ['hotel', 'waimai', 'shopping', 'weibo'] as const;
export type Corpus = (typeof CORPORA)[number];

/** One labelled example; Weibo text has its `[..]` tokens removed, the emoticons kept aside. */
export interface Example {
  text: string;
  /** +1 positive, -1 negative. */
  y: 1 | -1;
  corpus: Corpus;
  /** The corpus's own sub-domain (shopping's product category), else the corpus name. */
  category: string;
  emoticons: string[];
}

const here = dirname(fileURLToPath(import.meta.url));

/** The data folder: $YUQING_SENTIMENT_DATA, else ../shared/data/sentiment beside the repository. */
export function dataDir(): string {
  return process.env.YUQING_SENTIMENT_DATA ?? resolve(here, '../../../shared/data/sentiment');
}

/** Exits 0 with a plain message when the labelled data is not there. */
export function requireData(what: string): string {
  const dir = dataDir();
  if (!existsSync(resolve(dir, 'hotel.train.jsonl'))) {
    console.log(
      `No labelled sentiment data at ${dir}; nothing to ${what}. (Set YUQING_SENTIMENT_DATA to the folder of *.train.jsonl / *.dev.jsonl.)`,
    );
    process.exit(0);
  }
  return dir;
}

/** Loads one split of one corpus. */
export function loadSplit(dir: string, corpus: Corpus, split: 'train' | 'dev'): Example[] {
  const lines = readFileSync(resolve(dir, `${corpus}.${split}.jsonl`), 'utf8').split('\n');
  const out: Example[] = [];
  for (const line of lines) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { text: string; label: string; domain?: string };
    const raw = row.text;
    const text = corpus === 'weibo' ? stripEmoticons(raw) : raw;
    out.push({
      text,
      y: row.label === 'positive' ? 1 : -1,
      corpus,
      category: row.domain ?? corpus,
      emoticons: corpus === 'weibo' ? extractEmoticons(raw) : [],
    });
  }
  return out;
}
