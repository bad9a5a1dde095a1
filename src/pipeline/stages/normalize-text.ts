/** Stage: the analysis copy of the mention (NFKC, whitespace, traditional → simplified); title and text stay as collected for display. */
import type { MentionDraft } from '../../domain/mention.js';
import { analysisText } from '../../nlp/normalize/index.js';

export function normalizeText(draft: MentionDraft): MentionDraft {
  return { ...draft, nlp: { text: analysisText(draft.title, draft.text), words: [] } };
}
