/** Stage: words with part-of-speech tags, the workspace's user dictionary applied. */
import type { MentionDraft } from '../../domain/mention.js';
import type { EnrichmentResources } from '../../nlp/analyze.js';
import { segment } from '../../nlp/segment/index.js';
import type { AnalysisStage } from '../stage.js';
import { nlpOf } from './nlp-draft.js';

export function segmentDraft(draft: MentionDraft, res: EnrichmentResources): MentionDraft {
  const nlp = nlpOf(draft);
  return { ...draft, nlp: { ...nlp, words: segment(nlp.text, res.lexicon) } };
}

export const segmentation: AnalysisStage = function segmentation(draft, ctx) {
  return segmentDraft(draft, ctx.resources.enrichment);
};
