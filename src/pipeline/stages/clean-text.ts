/** Pure text clean-up shared by stages: control characters out, whitespace collapsed, line breaks unified. */

// C0/C1 controls except tab and line feed, plus invisible format characters (zero-width space, word joiner, BOM).
const controls = /[^\P{Cc}\n\t]|[\u200B\u2060\uFEFF]/gu;
// Horizontal white space of every script, including the ideographic space U+3000.
const horizontalSpace = /[\t \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;
const lineBreaks = /\r\n|[\r\v\f\u0085\u2028\u2029]/g;

/** Body text: one `\n` per line break, spaces collapsed, lines trimmed, at most one blank line in a row. */
export function cleanText(raw: string): string {
  return raw
    .replace(lineBreaks, '\n')
    .replace(controls, '')
    .replace(horizontalSpace, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A one-line value (title, author): every run of white space, line breaks included, becomes one space. */
export function cleanLine(raw: string): string {
  return cleanText(raw).replace(/\s+/g, ' ');
}

/** The first non-empty line of a text, cut to `max` characters (code points) with an ellipsis. */
export function headline(text: string, max = 60): string {
  const first = text.split('\n').find((line) => line.trim() !== '') ?? '';
  const chars = [...first];
  return chars.length <= max ? first : `${chars.slice(0, max).join('')}…`;
}
