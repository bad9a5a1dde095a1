/**
 * The pipeline's analysis without a database, for `bin/yuqing analyze` and the bench: the same stage functions in the
 * same order, with the default resources (empty user dictionary, default taxonomy, no topics), sentiment without a
 * workspace adjustment layer, and near-duplicates against a bounded in-memory window of earlier items.
 */
import type { MentionDraft } from '../domain/mention.js';
import { defaultEnrichmentResources, type EnrichmentResources } from '../nlp/analyze.js';
import { createDuplicateIndex, fingerprint } from '../nlp/duplicates/index.js';
import type { EmotionScores } from '../nlp/emotion/score.js';
import type { Entity } from '../nlp/entities/kinds.js';
import type { Keyword } from '../nlp/keywords/tfidf.js';
import type { Place } from '../nlp/regions/gazetteer.js';
import { loadSentimentModel } from '../nlp/sentiment/index.js';
import { categorize } from './stages/categories.js';
import { emotion } from './stages/emotion.js';
import { entitiesOf } from './stages/entities.js';
import { keywords } from './stages/keywords.js';
import { language } from './stages/language.js';
import { reusedCut } from './stages/nlp-draft.js';
import { normalize } from './stages/normalize.js';
import { normalizeText } from './stages/normalize-text.js';
import { regions } from './stages/regions.js';
import { segmentDraft } from './stages/segmentation.js';
import { sentimentLanguage, sentimentText } from './stages/sentiment.js';

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
  opts: { resources?: EnrichmentResources; window?: number; duplicates?: boolean } = {},
): OfflineAnalyzer {
  const res = opts.resources ?? defaultEnrichmentResources();
  const model = loadSentimentModel();
  const index = opts.duplicates === false ? null : createDuplicateIndex({ maxEntries: opts.window ?? 50_000 });
  let seq = 0;
  return {
    analyze(item) {
      let d = normalize(draftOf(item, seq++));
      d = normalizeText(d);
      d = language(d);
      d = segmentDraft(d, res);
      d = keywords(d);
      d = entitiesOf(d, res);
      d = regions(d);
      const text = sentimentText(d);
      const sentiment = text.trim() === '' ? null : model.analyze(text, sentimentLanguage(d.lang, text), reusedCut(d, res.lexicon));
      d = emotion(d);
      d = categorize(d, res);
      const fp = fingerprint(text);
      const duplicateOf = index ? index.addFingerprint(item.id, fp, seq) : null;
      const a = d.analysis;
      return {
        id: item.id,
        lang: d.lang,
        sentiment: sentiment && { label: sentiment.label, score: Math.round(sentiment.score * 1000) / 1000 },
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
