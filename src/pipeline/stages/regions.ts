/**
 * Stage: places the mention names (`region` tags: province, city, `国家:<country>`) and the author's place from the
 * platform's label (`author_region` tag), which takes precedence over anything guessed for the author. A label that
 * names no place of the gazetteer (a bot's name, `未知`) is not a region: it leaves `regionLabel` and is kept in
 * `analysis.regions.unresolvedLabel`, so it is seen but never counted as a region.
 */
import type { MentionDraft } from '../../domain/mention.js';
import { findPlaces, placeFromLabel, placeTags } from '../../nlp/regions/resolve.js';
import { addTags, nlpOf } from './nlp-draft.js';

export function regions(draft: MentionDraft): MentionDraft {
  const mentioned = findPlaces(nlpOf(draft).text);
  const author = placeFromLabel(draft.regionLabel);
  const unresolved = !author && draft.regionLabel ? { unresolvedLabel: draft.regionLabel } : {};
  return {
    ...draft,
    regionLabel: author ? draft.regionLabel : null,
    analysis: { ...draft.analysis, regions: { author, mentioned, ...unresolved } },
    tags: addTags(addTags(draft.tags, 'region', placeTags(mentioned)), 'author_region', author ? placeTags([author]) : []),
  };
}
