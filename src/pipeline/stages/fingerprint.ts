/**
 * Stage: the near-duplicate fingerprint of the text (normalised text, shingles, LSH bands, facts), computed with the
 * analysis so that it runs in the analysis threads; the duplicates batch stage only compares it with the store's.
 */
import type { MentionDraft } from '../../domain/mention.js';
import { fingerprint } from '../../nlp/duplicates/index.js';

/** Long articles are compared on their first characters: enough to tell copies apart, and the cost stays flat. */
const MAX_CHARS = 4000;

/** The text compared: the body, or the title when there is none. */
export function duplicateSource(draft: Pick<MentionDraft, 'title' | 'text'>): string {
  const body = draft.text.trim() === '' ? draft.title : draft.text;
  return body.length > MAX_CHARS ? body.slice(0, MAX_CHARS) : body;
}

export function duplicateFingerprint(draft: MentionDraft): MentionDraft {
  return { ...draft, duplicateFingerprint: fingerprint(duplicateSource(draft)) };
}
