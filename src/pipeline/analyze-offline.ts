/**
 * The pipeline's analysis without a database, for `bin/yuqing analyze` and the bench: the pipeline's own analysis stage
 * list (`analysisStages`), with the default resources (empty user dictionary, default taxonomy, no topics, no
 * corrections), and near-duplicates against a bounded in-memory window of earlier items instead of the store.
 */
import type { MentionDraft } from '../domain/mention.js';
import { createDuplicateIndex, fingerprint } from '../nlp/duplicates/index.js';
import type { EmotionScores } from '../nlp/emotion/score.js';
import type { Entity } from '../nlp/entities/kinds.js';
import type { Keyword } from '../nlp/keywords/tfidf.js';
import type { Place } from '../nlp/regions/gazetteer.js';
import { type AnalysisResources, defaultAnalysisResources } from './analysis-resources.js';
import { runAnalysis } from './run-stages.js';
import { sentimentText } from './stages/sentiment.js';
import { analysisStages } from './stages.js';

export interface OfflineItem {
  id: string | number;
  title?: string | null;
  text?: string | null;
  lang?: string | null;
  region?: string | null;
}

export interface OfflineResult {
  id: string | number;
  lang: string | null;
  sentiment: { label: string; score: number } | null;
  emotions: EmotionScores;
  keywords: Keyword[];
  entities: Entity[];
  regions: { author: Place | null; mentioned: Place[] };
  categories: string[];
  /** Hash of the normalised text, for exact matching. */
  fingerprint: string;
  /** LSH band keys of the MinHash signature (empty for texts too short for MinHash). */
  minhash: string[];
  duplicateOf: string | number | null;
}

export interface OfflineAnalyzer {
  analyze(item: OfflineItem): OfflineResult;
}

export function createOfflineAnalyzer(
  opts: { resources?: AnalysisResources; window?: number; duplicates?: boolean } = {},
): OfflineAnalyzer {
  const ctx = { now: 0, resources: opts.resources ?? defaultAnalysisResources() };
  const index = opts.duplicates === false ? null : createDuplicateIndex({ maxEntries: opts.window ?? 50_000 });
  let seq = 0;
  return {
    analyze(item) {
      const d = runAnalysis(analysisStages, draftOf(item, seq++), ctx);
      const fp = fingerprint(sentimentText(d));
      const duplicateOf = index ? index.addFingerprint(item.id, fp, seq) : null;
      const a = d.analysis;
      return {
        id: item.id,
        lang: d.lang,
        sentiment: d.sentiment,
        emotions: a.emotions as EmotionScores,
        keywords: a.keywords as Keyword[],
        entities: a.entities as Entity[],
        regions: a.regions as OfflineResult['regions'],
        categories: a.categories as string[],
        fingerprint: fp.exact,
        minhash: fp.bands,
        duplicateOf,
      };
    },
  };
}

function draftOf(item: OfflineItem, seq: number): MentionDraft {
  return {
    workspaceId: 0,
    inboxId: seq,
    dedupeKey: String(item.id),
    sourceKey: 'analyze',
    externalId: String(item.id),
    url: null,
    canonicalUrl: null,
    title: item.title ?? '',
    text: item.text ?? '',
    author: null,
    publishedAt: null,
    collectedAt: 0,
    lang: item.lang ?? null,
    parentRef: null,
    reposts: null,
    replies: null,
    likes: null,
    views: null,
    collects: null,
    dislikes: null,
    images: [],
    channel: null,
    platform: null,
    authorFollowers: null,
    regionLabel: item.region ?? null,
    sentiment: null,
    duplicateOf: null,
    topicIds: [],
    tags: [],
    analysis: {},
  };
}
