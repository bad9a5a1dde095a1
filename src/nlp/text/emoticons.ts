/** Weibo-style bracket emoticons (`[怒]`, `[哈哈]`): finding them and removing them from text. */

/** Any `[..]` token without nested brackets; what evaluations strip from Weibo text. */
const BRACKET_TOKEN = /\[[^[\]\r\n]*\]/g;
/** A bracket token short enough to be an emoticon name rather than a bracketed title. */
const EMOTICON = /\[([^[\]\s]{1,8})\]/g;

/** Removes every `[..]` token (emoticon names, bracketed tags) from the text. */
export function stripEmoticons(text: string): string {
  return text.replace(BRACKET_TOKEN, ' ');
}

/** The emoticon names in order of appearance, without brackets: `[怒][怒]好` → `['怒', '怒']`. */
export function extractEmoticons(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(EMOTICON)) out.push(m[1] ?? '');
  return out;
}
