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

/** The summed emoji and emoticon logit of a text. */
export function emojiLogit(text: string): number {
  let z = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x2600) continue;
    z += EMOJI_WEIGHTS.get(ch) ?? 0;
  }
  for (const [k, w] of TEXT_EMOTICON_WEIGHTS) if (text.includes(k)) z += w;
  return z;
}
