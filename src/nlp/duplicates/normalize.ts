/** Text as near-duplicate detection sees it: quote prefixes, links, hashtags, punctuation and spaces out; folded to lower-case simplified. */
import { fold } from '../../match/fold.js';

// `//@name:` (Weibo repost chains) and a leading `转发微博` / `RT @name:`; the quoted text itself stays.
const quotePrefix = /\/\/\s*@[^:：\s]{1,30}\s*[:：]|\bRT\s+@[\w-]{1,30}:?|转发微博/gu;
const links = /\b(?:https?:\/\/|www\.)\S+/giu;
// Weibo-style `#话题#` and Twitter-style `#tag`.
const hashtags = /#[^#\n]{1,40}#|#[\p{L}\p{N}_]+/gu;
const mentions = /@[\p{L}\p{N}_-]{1,30}/gu;
// Emoji and emoticon codes (`[微笑]`, `[doge]`, the alt text of platform emoticons): decoration, not content.
const emoji = /\[\p{L}{1,8}\]|\p{Extended_Pictographic}\uFE0F?/gu;
const nonWord = /[^\p{L}\p{N}]+/gu;

/** The text without what a repost adds in passing (quote markers, links, tags, mentions, emoji), folded; punctuation kept. */
export function cleanText(text: string): string {
  return fold(
    text
      .replace(quotePrefix, ' ')
      .replace(links, ' ')
      .replace(hashtags, ' ')
      .replace(mentions, ' ')
      .replace(emoji, '')
      .normalize('NFKC')
      .toLowerCase(),
  );
}

/** The comparable form of a text: what remains once everything a repost adds or changes in passing is taken away. */
export function duplicateText(text: string): string {
  return compactText(cleanText(text));
}

/** A cleaned text with everything that is not a letter or a digit dropped (punctuation, spaces, emoji). */
export function compactText(clean: string): string {
  return clean.replace(nonWord, '');
}
