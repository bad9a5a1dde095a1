/** Helpers the text-analysis stages share: the draft's analysis scratch (computed if an earlier stage did not) and tags without repeats. */
import type { MentionDraft, MentionTag, NlpScratch } from '../../domain/mention.js';
import { analysisText } from '../../nlp/normalize/index.js';

export function nlpOf(draft: MentionDraft): NlpScratch {
  return draft.nlp ?? { text: analysisText(draft.title, draft.text), words: [] };
}

/** The draft with `values` added as tags of `kind`, each (kind, value) once. */
export function withTags(draft: MentionDraft, kind: string, values: readonly string[]): MentionDraft {
  if (values.length === 0) return draft;
  const seen = new Set(draft.tags.map((t) => `${t.kind}\u0000${t.value}`));
  const tags: MentionTag[] = [...draft.tags];
  for (const value of values) {
    const key = `${kind}\u0000${value}`;
    if (value === '' || seen.has(key)) continue;
    seen.add(key);
    tags.push({ kind, value });
  }
  return { ...draft, tags };
}
