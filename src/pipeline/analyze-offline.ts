/**
 * The pipeline's analysis without a database, for `bin/yuqing analyze` and the bench: the pipeline's own analysis stage
 * list (`analysisStages`), with the default resources (empty user dictionary, default taxonomy, no topics, no
 * corrections), and near-duplicates against a bounded in-memory window of earlier items instead of the store.
 */
import type { MentionAnalysis, SentimentLabel } from '../domain/analysis.js';
import { blankDraft, type MentionDraft } from '../domain/mention.js';
import { createDuplicateIndex, fingerprint } from '../nlp/duplicates/index.js';
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

/** The mention's analysis as the stages leave it (every part present), with what `analyze` adds. */
export interface OfflineResult extends Required<Pick<MentionAnalysis, 'emotions' | 'keywords' | 'entities' | 'regions' | 'categories'>> {
  id: string | number;
  lang: string | null;
  sentiment: { label: SentimentLabel; score: number } | null;
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
        emotions: a.emotions!,
        keywords: a.keywords!,
        entities: a.entities!,
        regions: a.regions!,
        categories: a.categories!,
        fingerprint: fp.exact,
        minhash: fp.bands,
        duplicateOf,
      };
    },
  };
}

function draftOf(item: OfflineItem, seq: number): MentionDraft {
  return blankDraft({
    workspaceId: 0,
    inboxId: seq,
    dedupeKey: String(item.id),
    sourceKey: 'analyze',
    externalId: String(item.id),
    collectedAt: 0,
    title: item.title ?? '',
    text: item.text ?? '',
    lang: item.lang ?? null,
    regionLabel: item.region ?? null,
  });
}
