/**
 * Sentiment: Chinese through the trained model, English through its analyser, chosen by the draft's language (the
 * model's own guess when there is none), then the workspace's adjustment layer learned from analysts' corrections.
 */
import type { SentimentLabel } from '../../domain/analysis.js';
import type { MentionDraft } from '../../domain/mention.js';
import { fold } from '../../match/fold.js';
import { type Adaptation, adaptedResult, learnAdaptation } from '../../nlp/sentiment/adaptation.js';
import { guessLanguage, loadSentimentModel, type SentimentLanguage } from '../../nlp/sentiment/index.js';
import { type CorrectedText, correctionQueries } from '../../store/queries/corrections.js';
import type { ResourceSpec } from '../resources.js';
import type { AnalysisStage } from '../stage.js';
import { reusedCut } from './nlp-draft.js';

/** The text sentiment reads: the title when it adds to the body, then the body; traditional folded to simplified. */
export function sentimentText(m: { title: string; text: string }): string {
  const title = m.title.replace(/…$/, '').trim();
  if (title === '' || m.text.startsWith(title)) return fold(m.text || m.title);
  return fold(m.text === '' ? m.title : `${m.title}\n${m.text}`);
}

/** zh for any Chinese tag (zh, zh-Hant…), en for English, else the model's own guess from the script. */
export function sentimentLanguage(lang: string | null, text: string): SentimentLanguage {
  if (lang?.toLowerCase().startsWith('zh')) return 'zh';
  if (lang?.toLowerCase().startsWith('en')) return 'en';
  return guessLanguage(text);
}

/** The logit behind an analysed score (news damping included), what the adjustment layer starts from. */
export function baseLogit(score: number): number {
  const s = Math.max(-0.999999, Math.min(0.999999, score));
  return 2 * Math.atanh(s);
}

/** The workspace's corrected texts (latest label per mention); the correction route invalidates them. */
export const sentimentAdaptationResource: ResourceSpec<CorrectedText[]> = {
  name: 'sentiment-corrections',
  load: (db, workspaceId) => correctionQueries.forAdaptation(db.kysely, workspaceId),
};

/** The workspace's adjustment layer, learned from its corrections (pure; built once per version of them). */
export function adaptationFrom(rows: readonly CorrectedText[]): Adaptation {
  const model = loadSentimentModel();
  return learnAdaptation(
    rows.map((r) => {
      const text = sentimentText(r);
      return { text, label: r.label, baseLogit: baseLogit(model.analyze(text, sentimentLanguage(r.lang, text)).score) };
    }),
  );
}

export const sentiment: AnalysisStage = function sentiment(draft: MentionDraft, ctx) {
  const text = sentimentText(draft);
  if (text.trim() === '') return draft;
  const model = loadSentimentModel();
  const lang = sentimentLanguage(draft.lang, text);
  const adaptation = ctx.resources.adaptation;
  const base = model.analyze(text, lang, reusedCut(draft, ctx.resources.enrichment.lexicon));
  let result = base;
  let copyOf: SentimentLabel | null = null;
  if (adaptation.size > 0) {
    const adjusted = adaptation.adjust(text, baseLogit(base.score));
    copyOf = adjusted.copyOf;
    result = adaptedResult(adjusted.logit);
  }
  const score = Math.round(result.score * 1000) / 1000;
  return {
    ...draft,
    sentiment: { label: result.label, score },
    tags: [...draft.tags.filter((t) => t.kind !== 'sentiment'), { kind: 'sentiment', value: result.label }],
    analysis: {
      ...draft.analysis,
      sentiment: {
        by: lang,
        base: { label: base.label, score: Math.round(base.score * 1000) / 1000 },
        adapted: adaptation.size > 0,
        copyOf,
      },
    },
  };
};
