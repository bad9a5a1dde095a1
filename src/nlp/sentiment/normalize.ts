/** Text preparation for the sentiment model: NFKC, lower case, links and @names folded, whitespace collapsed. */

const URL_RE = /(?:https?:\/\/|www\.)[^\s\u3000-\u303f\uff01-\uff60\u4e00-\u9fff]*/gi;
const MENTION_RE = /@[\p{L}\p{N}_\-·]{1,30}/gu;
const SPACE_RE = /\s+/g;

/** The form of the text the model sees; the same function runs at training and at inference. */
export function normalizeForSentiment(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(URL_RE, ' ⌂ ').replace(MENTION_RE, '@').replace(SPACE_RE, ' ').trim();
}
