/** Charset labels to the decoder we use: GBK/GB2312 → gb18030, Big5 → big5-hkscs, Latin-1 → windows-1252. */
import iconv from 'iconv-lite';

const aliases: Record<string, string> = {
  utf8: 'utf-8',
  'utf-8': 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'utf-16': 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
};
const gb = [
  'gbk',
  'gb2312',
  'gb_2312',
  'gb_2312-80',
  'x-gbk',
  'cp936',
  'ms936',
  'windows-936',
  'csgb2312',
  'chinese',
  'iso-ir-58',
  'euc-cn',
  'gb18030',
];
const big5 = ['big5', 'big5-hkscs', 'cn-big5', 'x-x-big5', 'csbig5', 'cp950', 'ms950', 'windows-950'];
const latin1 = ['iso-8859-1', 'iso8859-1', 'latin1', 'l1', 'us-ascii', 'ascii', 'windows-1252', 'cp1252'];
for (const l of gb) aliases[l] = 'gb18030';
for (const l of big5) aliases[l] = 'big5-hkscs';
for (const l of latin1) aliases[l] = 'windows-1252';

/** The decoder name for a charset label, or null when we cannot decode it. */
export function normalizeCharset(label: string | undefined | null): string | null {
  if (!label) return null;
  const l = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  const known = aliases[l];
  if (known) return known;
  return l !== '' && iconv.encodingExists(l) ? l : null;
}

export function isCjkMultibyte(charset: string): boolean {
  return ['gb18030', 'big5-hkscs', 'shift_jis', 'euc-jp', 'euc-kr'].includes(charset);
}

export function decodeWith(bytes: Uint8Array, charset: string): string {
  if (charset === 'utf-8') return new TextDecoder('utf-8').decode(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), charset);
}
