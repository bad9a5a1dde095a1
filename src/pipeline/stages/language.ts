/** Stage: the mention's language from script evidence, keeping a declared language only when the text agrees. */
import type { MentionDraft } from '../../domain/mention.js';
import { resolveLanguage } from '../../nlp/language/resolve.js';

export function language(draft: MentionDraft): MentionDraft {
  // The first 2,000 characters say as much about the language as the whole of a long article.
  const lang = resolveLanguage(`${draft.title}\n${draft.text.slice(0, 2000)}`.normalize('NFKC'), draft.lang);
  return lang === draft.lang ? draft : { ...draft, lang };
}
