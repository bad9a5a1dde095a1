/** Helpers the text-analysis stages share: the draft's analysis scratch (computed if an earlier stage did not) and tags without repeats. */
import type { MentionDraft, MentionTag, NlpScratch } from '../../domain/mention.js';
import { analysisText } from '../../nlp/normalize/index.js';
import { type CutWords, cutReusing } from '../../nlp/segment/clause-cuts.js';
import type { UserLexicon } from '../../nlp/segment/lexicon.js';

export function nlpOf(draft: MentionDraft): NlpScratch {
  return draft.nlp ?? { text: analysisText(draft.title, draft.text), words: [] };
}

/** `tags` and then `values` as tags of `kind`, each (kind, value) once; `tags` itself when there are no values. */
export function addTags(tags: readonly MentionTag[], kind: string, values: readonly string[]): MentionTag[] {
  if (values.length === 0) return tags as MentionTag[];
  // Tags are few (tens): a scan finds a repeat sooner than building a set of keys would.
  const out = [...tags];
  for (const value of values) if (value !== '' && !hasTag(out, kind, value)) out.push({ kind, value });
  return out;
}

function hasTag(tags: readonly MentionTag[], kind: string, value: string): boolean {
  for (const t of tags) if (t.value === value && t.kind === kind) return true;
  return false;
}

/** A cut for the sentiment model that reuses the segmentation stage's words (same words as jieba's own cut). */
export function reusedCut(draft: MentionDraft, lexicon: UserLexicon): CutWords | undefined {
  return draft.nlp && draft.nlp.words.length > 0 ? cutReusing(draft.nlp.text, draft.nlp.words, lexicon) : undefined;
}
