/** Charset evidence in the bytes and headers: BOM, Content-Type, XML declaration, <meta>, UTF-8 validity, chardet. */
import chardet from 'chardet';
import { normalizeCharset } from './charset.js';

export function bomCharset(b: Uint8Array): { charset: string; length: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  return null;
}

export function contentTypeCharset(contentType: string | undefined | null): string | null {
  return contentType?.match(/charset\s*=\s*["']?([^;"'\s]+)/i)?.[1] ?? null;
}

/** The first bytes as Latin-1 text: enough to read ASCII declarations whatever the encoding. */
export function asciiHead(b: Uint8Array, max = 8192): string {
  return Buffer.from(b.buffer, b.byteOffset, Math.min(b.byteLength, max)).toString('latin1');
}

/** `<?xml … encoding="gb2312"?>`, even after comments or whitespace. */
export function xmlDeclarationCharset(head: string): string | null {
  return head.slice(0, 2048).match(/<\?xml\b[^>]*?\bencoding\s*=\s*["']([^"']+)["']/i)?.[1] ?? null;
}

/** `<meta charset="gbk">` or `<meta http-equiv="Content-Type" content="text/html; charset=gbk">`. */
export function metaCharset(head: string): string | null {
  return head.match(/<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i)?.[1] ?? null;
}

export function isAscii(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i]! > 0x7f) return false;
  return true;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export function isValidUtf8(b: Uint8Array): boolean {
  try {
    strictUtf8.decode(b);
    return true;
  } catch {
    return false;
  }
}

export interface Guess {
  charset: string;
  confidence: number;
}

/** chardet's candidates we can decode, best first; UTF-16/32 guesses without a BOM are ignored. */
export function sniff(b: Uint8Array): Guess[] {
  const sample = b.subarray(0, 64 * 1024);
  const out: Guess[] = [];
  for (const m of chardet.analyse(sample)) {
    if (/^utf-(16|32)/i.test(m.name)) continue;
    const charset = normalizeCharset(m.name);
    if (charset && !out.some((g) => g.charset === charset)) out.push({ charset, confidence: m.confidence });
  }
  return out;
}
