/**
 * The charset of a text file from its first bytes, for files read as a stream (imports): a BOM wins; then UTF-16
 * without a BOM (zero bytes at every other place); then UTF-8 when the bytes read as UTF-8 with at most a stray
 * bad byte per ten characters (the bad ones are reported by line, not guessed around); then chardet's best guess
 * if it reads the bytes with fewer errors than UTF-8, as for fetched documents. Pure.
 */
import { decodeWith } from './charset.js';
import { bomCharset, isAscii, sniff } from './evidence.js';

export type FileEvidence = 'bom' | 'ascii' | 'utf8' | 'utf16-zeros' | 'sniffed';

export interface FileCharset {
  /** Decoder name: utf-8, utf-16le, utf-16be, gb18030, big5-hkscs, windows-1252… */
  charset: string;
  evidence: FileEvidence;
  /** Bytes of the BOM to skip. */
  bomLength: number;
}

export function fileCharset(head: Uint8Array): FileCharset {
  const bom = bomCharset(head);
  if (bom) return { charset: bom.charset, evidence: 'bom', bomLength: bom.length };
  const utf16 = utf16ByZeros(head);
  if (utf16) return { charset: utf16, evidence: 'utf16-zeros', bomLength: 0 };
  if (isAscii(head)) return { charset: 'utf-8', evidence: 'ascii', bomLength: 0 };
  if (mostlyUtf8(head)) return { charset: 'utf-8', evidence: 'utf8', bomLength: 0 };
  // A guess must read the bytes better than UTF-8 does; otherwise they are damaged UTF-8, reported line by line.
  let best: { charset: string; bad: number } = { charset: 'utf-8', bad: replacements(decodeWith(head, 'utf-8')) };
  for (const g of sniff(head).slice(0, 3)) {
    const bad = replacements(decodeWith(head, g.charset));
    if (bad < best.bad) best = { charset: g.charset, bad };
  }
  return { charset: best.charset, evidence: best.charset === 'utf-8' ? 'utf8' : 'sniffed', bomLength: 0 };
}

/** A readable name for messages: UTF-8, GB18030, UTF-16LE. */
export function charsetName(charset: string): string {
  return charset.toUpperCase();
}

function utf16ByZeros(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZeros++;
    if (b[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

function mostlyUtf8(b: Uint8Array): boolean {
  // A multi-byte character cut off at the end of the head is not a bad byte.
  let end = b.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const byte = b[end - back] ?? 0;
    if ((byte & 0xc0) === 0xc0) {
      end -= back;
      break;
    }
    if ((byte & 0xc0) !== 0x80) break;
  }
  const text = new TextDecoder('utf-8').decode(b.subarray(0, end));
  const bad = replacements(text);
  let wide = 0;
  for (const ch of text) if (ch.charCodeAt(0) > 0x7f && ch !== '\ufffd') wide++;
  return bad === 0 || (wide > 0 && bad * 10 <= wide);
}

function replacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}
