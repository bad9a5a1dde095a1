/** Stage: TF-IDF keywords — the top 10 with weights in `analysis.keywords`, the top 5 as `keyword` tags. */
import type { MentionDraft } from '../../domain/mention.js';
import { extractKeywords } from '../../nlp/keywords/tfidf.js';
import { addTags, nlpOf } from './nlp-draft.js';

export function keywords(draft: MentionDraft): MentionDraft {
  const found = extractKeywords(nlpOf(draft).words, 10);
  return {
    ...draft,
    analysis: { ...draft.analysis, keywords: found },
    tags: addTags(
      draft.tags,
      'keyword',
      found.slice(0, 5).map((k) => k.word),
    ),
  };
}
