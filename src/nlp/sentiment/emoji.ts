/** A small emoji and text-emoticon polarity table written for this project (the review corpora hold few emoji). */

/** Logit added per occurrence; positive values lean positive. */
export const EMOJI_WEIGHTS: ReadonlyMap<string, number> = new Map([
  ['😀', 1],
  ['😁', 1],
  ['😂', 0.5],
  ['😃', 1],
  ['😄', 1],
  ['😊', 1],
  ['😍', 1.5],
  ['🥰', 1.5],
  ['😘', 1],
  ['🤗', 1],
  ['👍', 1.5],
  ['👏', 1],
  ['💪', 1],
  ['❤', 1],
  ['❤️', 1],
  ['💕', 1],
  ['🎉', 1],
  ['✌', 0.5],
  ['🌹', 0.5],
  ['🙏', 0.3],
  ['😠', -1.5],
  ['😡', -1.5],
  ['🤬', -2],
  ['👎', -1.5],
  ['😭', -1],
  ['😢', -1],
  ['😞', -1],
  ['😔', -1],
  ['💔', -1.5],
  ['😤', -1],
  ['😒', -1],
  ['🙄', -1],
  ['😩', -1],
  ['😫', -1],
  ['🤮', -2],
  ['🤢', -1.5],
  ['😱', -0.5],
  ['😨', -0.5],
]);

/** Text emoticons, matched as substrings. */
export const TEXT_EMOTICON_WEIGHTS: ReadonlyMap<string, number> = new Map([
  [':)', 0.8],
  [':-)', 0.8],
  [':(', -0.8],
  [':-(', -0.8],
  ['^_^', 0.8],
  ['^^', 0.5],
  ['T_T', -0.8],
  ['-_-', -0.3],
  ['囧', -0.3],
]);

/** First code units of the one-code-point emoji: a text's other characters are passed over at once. */
const EMOJI_START = new Uint8Array(65536);
for (const k of EMOJI_WEIGHTS.keys()) if ([...k].length === 1) EMOJI_START[k.charCodeAt(0)] = 1;

/** The summed emoji and emoticon logit of a text. */
export function emojiLogit(text: string): number {
  let z = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (EMOJI_START[c] !== 1) continue;
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    z += EMOJI_WEIGHTS.get(pair ? text.slice(i, i + 2) : (text[i] as string)) ?? 0;
    if (pair) i++;
  }
  for (const [k, w] of TEXT_EMOTICON_WEIGHTS) if (text.includes(k)) z += w;
  return z;
}
