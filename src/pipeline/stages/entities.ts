/** Stage: people, organisations, places (and the workspace's brands and products) into `analysis.entities` and tags of their kind. */
import type { MentionDraft } from '../../domain/mention.js';
import type { EnrichmentResources } from '../../nlp/analyze.js';
import { extractEntities } from '../../nlp/entities/extract.js';
import type { AnalysisStage } from '../stage.js';
import { addTags, nlpOf } from './nlp-draft.js';

export function entitiesOf(draft: MentionDraft, res: EnrichmentResources): MentionDraft {
  const nlp = nlpOf(draft);
  const found = extractEntities(nlp.text, nlp.words, res).slice(0, 30);
  let tags = draft.tags;
  for (const kind of ['person', 'org', 'place', 'brand', 'product'] as const) {
    tags = addTags(
      tags,
      kind,
      found.filter((e) => e.kind === kind).map((e) => e.name),
    );
  }
  return { ...draft, analysis: { ...draft.analysis, entities: found }, tags };
}

export const entities: AnalysisStage = function entities(draft, ctx) {
  return entitiesOf(draft, ctx.resources.enrichment);
};
