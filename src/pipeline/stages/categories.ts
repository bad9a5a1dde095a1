/** Stage: every category of the workspace's taxonomy whose query matches (multi-label), as `category` tags with the key. */
import type { MentionDraft } from '../../domain/mention.js';
import type { EnrichmentResources } from '../../nlp/analyze.js';
import type { Stage } from '../stage.js';
import { enrichmentResource } from './enrichment-resources.js';
import { addTags } from './nlp-draft.js';

export function categorize(draft: MentionDraft, res: EnrichmentResources): MentionDraft {
  const keys = res.taxonomy.classify({ title: draft.title, text: draft.text });
  return { ...draft, analysis: { ...draft.analysis, categories: keys }, tags: addTags(draft.tags, 'category', keys) };
}

export const categories: Stage = async function categories(draft, ctx) {
  return categorize(draft, await ctx.resources.get(enrichmentResource, draft.workspaceId));
};
