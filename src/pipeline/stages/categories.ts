/** Stage: every category of the workspace's taxonomy whose query matches (multi-label), as `category` tags with the key. */
import type { MentionDraft } from '../../domain/mention.js';
import type { EnrichmentResources } from '../../nlp/analyze.js';
import type { AnalysisStage } from '../stage.js';
import { addTags } from './nlp-draft.js';

export function categorize(draft: MentionDraft, res: EnrichmentResources): MentionDraft {
  const keys = res.taxonomy.classify({ title: draft.title, text: draft.text });
  return { ...draft, analysis: { ...draft.analysis, categories: keys }, tags: addTags(draft.tags, 'category', keys) };
}

export const categories: AnalysisStage = function categories(draft, ctx) {
  return categorize(draft, ctx.resources.enrichment);
};
