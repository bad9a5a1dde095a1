/**
 * Bytes to text with the right charset. Byte evidence beats labels: a BOM wins, then valid UTF-8;
 * then the declared charset (HTTP header, XML declaration, <meta>) unless the bytes contradict it;
 * then chardet. GBK/GB2312 decode as gb18030 and Big5 as big5-hkscs.
 */
import { decodeWith, isCjkMultibyte, normalizeCharset } from './charset.js';
import {
  asciiHead,
  bomCharset,
  contentTypeCharset,
  type Guess,
  isAscii,
  isValidUtf8,
  metaCharset,
  sniff,
  xmlDeclarationCharset,
} from './evidence.js';

export type Evidence = 'bom' | 'ascii' | 'utf8' | 'header' | 'xml-declaration' | 'meta' | 'sniffed' | 'fallback';

export interface Decoded {
  text: string;
  /** Decoder used, e.g. `gb18030`. */
  charset: string;
  evidence: Evidence;
  /** The charset the document or server declared, when it did (possibly wrong). */
  declared: string | null;
}

export function decodeBytes(bytes: Uint8Array, options: { contentType?: string | null } = {}): Decoded {
  const head = asciiHead(bytes);
  const labels: Array<[Evidence, string | null]> = [
    ['header', contentTypeCharset(options.contentType)],
    ['xml-declaration', xmlDeclarationCharset(head)],
    ['meta', metaCharset(head)],
  ];
  const declared = labels.find(([, l]) => l !== null)?.[1] ?? null;
  const result = (text: string, charset: string, evidence: Evidence): Decoded => ({
    text: text.replace(/^\ufeff/, ''),
    charset,
    evidence,
    declared,
  });

  const bom = bomCharset(bytes);
  if (bom) return result(decodeWith(bytes.subarray(bom.length), bom.charset), bom.charset, 'bom');
  if (isAscii(bytes)) return result(decodeWith(bytes, 'utf-8'), 'utf-8', 'ascii');
  if (isValidUtf8(bytes)) return result(decodeWith(bytes, 'utf-8'), 'utf-8', 'utf8');

  // Not UTF-8, so a `utf-8` (or UTF-16 without BOM) label is wrong; try the others in order.
  // ISO-8859-1 is many servers' default, not a choice: it goes after what the document says.
  const candidates = labels
    .map(([evidence, label]) => ({ evidence, charset: normalizeCharset(label) }))
    .filter((c): c is { evidence: Evidence; charset: string } => c.charset !== null && !c.charset.startsWith('utf-'))
    .sort((a, b) => Number(a.charset === 'windows-1252') - Number(b.charset === 'windows-1252'));
  let guesses: Guess[] | undefined;
  for (const { evidence, charset } of candidates) {
    const text = decodeWith(bytes, charset);
    guesses ??= sniff(bytes);
    if (plausible(text, charset, guesses)) return result(text, charset, evidence);
  }
  guesses ??= sniff(bytes);
  let best: { text: string; charset: string; bad: number } | null = null;
  for (const g of guesses.slice(0, 3)) {
    const text = decodeWith(bytes, g.charset);
    const bad = replacements(text);
    if (!best || bad < best.bad) best = { text, charset: g.charset, bad };
    if (bad === 0) break;
  }
  if (best) return result(best.text, best.charset, 'sniffed');
  return result(decodeWith(bytes, 'gb18030'), 'gb18030', 'fallback');
}

/** A label is believed unless decoding with it breaks, or chardet clearly sees a CJK charset instead. */
function plausible(text: string, charset: string, guesses: Guess[]): boolean {
  if (replacements(text) > Math.max(2, text.length / 200)) return false;
  const top = guesses[0];
  if (top && top.charset !== charset && isCjkMultibyte(top.charset) && top.confidence >= (charset === 'windows-1252' ? 50 : 70)) {
    const own = guesses.find((g) => g.charset === charset)?.confidence ?? 0;
    if (own < 20) return false;
  }
  return true;
}

function replacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/** Text as given, or bytes decoded as above. */
export function toText(input: Uint8Array | string, contentType?: string | null): string {
  return typeof input === 'string' ? input.replace(/^\ufeff/, '') : decodeBytes(input, { contentType }).text;
}
