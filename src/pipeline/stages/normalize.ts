/** The first stage: clean text fields, canonical URL, a title from the text when there is none, a lower-case source key. */
import { canonicalUrl } from '../../domain/canonical-url.js';
import type { MentionDraft } from '../../domain/mention.js';
import { cleanLine, cleanText, headline } from './clean-text.js';

export function normalize(draft: MentionDraft): MentionDraft {
  const text = cleanText(draft.text);
  const url = optional(draft.url);
  return {
    ...draft,
    sourceKey: cleanLine(draft.sourceKey).toLowerCase(),
    externalId: optional(draft.externalId),
    url,
    canonicalUrl: url === null ? null : canonicalUrl(url),
    title: cleanLine(draft.title) || headline(text),
    text,
    author: optional(draft.author),
    lang: optional(draft.lang),
    parentRef: optional(draft.parentRef),
  };
}

function optional(value: string | null): string | null {
  if (value === null) return null;
  const cleaned = cleanLine(value);
  return cleaned === '' ? null : cleaned;
}
