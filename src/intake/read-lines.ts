/**
 * Splitting a file's byte stream into lines of text, in the file's own charset: BOM, UTF-16 by its zero bytes,
 * UTF-8, or GB18030/Big5/… guessed from the bytes (src/decode/file-charset.ts), decided from the first 64 KB —
 * or, when those are plain ASCII, from the first line that is not. Lines end at `\n` only (U+2028 and a lone `\r`
 * stay inside a line); a trailing `\r` and the BOM are dropped. A line that is not valid text in that charset is
 * reported by number, with its text as best decoded so readers keep their place; memory stays bounded, an
 * over-long line is skipped and reported.
 */
import iconv from 'iconv-lite';
import { decodeWith } from '../decode/charset.js';
import { isValidUtf8 } from '../decode/evidence.js';
import { charsetName, type FileCharset, fileCharset } from '../decode/file-charset.js';

export type Line = { line: number; text: string } | { line: number; problem: string; text: string };

const newline = 0x0a;
const headBytes = 64 * 1024;

export async function* readLines(
  input: AsyncIterable<Uint8Array>,
  maxLineBytes = 16 * 1024 * 1024,
  onCharset?: (charset: FileCharset) => void,
): AsyncGenerator<Line> {
  const it = input[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  while (size < headBytes) {
    const r = await it.next();
    if (r.done) {
      ended = true;
      break;
    }
    head.push(r.value);
    size += r.value.length;
  }
  const first = Buffer.concat(head);
  const chosen = fileCharset(first);
  if (chosen.charset !== 'utf-8') onCharset?.(chosen);
  async function* rest(): AsyncGenerator<Uint8Array> {
    yield first.subarray(chosen.bomLength);
    if (ended) return;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  }
  if (chosen.charset.startsWith('utf-16')) yield* utf16Lines(rest(), chosen.charset, maxLineBytes);
  else yield* byteLines(rest(), new LineDecoder(chosen, onCharset), maxLineBytes);
}

/** Decodes byte lines (any charset where `\n` is one 0x0A byte); settles on a charset late when the head was ASCII. */
class LineDecoder {
  private settled: boolean;
  private charset: string;
  private readonly strictUtf8 = new TextDecoder('utf-8', { fatal: true });

  constructor(
    chosen: FileCharset,
    private readonly onCharset?: (charset: FileCharset) => void,
  ) {
    this.charset = chosen.charset;
    this.settled = chosen.evidence !== 'ascii';
  }

  decode(line: number, bytes: Uint8Array): Line {
    let end = bytes.length;
    if (end > 0 && bytes[end - 1] === 0x0d) end--;
    const b = bytes.subarray(0, end);
    if (!this.settled && b.some((x) => x > 0x7f)) this.settle(b);
    if (this.charset === 'utf-8') {
      try {
        return { line, text: this.strictUtf8.decode(b) };
      } catch {
        return {
          line,
          problem: 'not valid UTF-8 text (a damaged byte, or a line in another encoding); skipped',
          text: decodeWith(b, 'utf-8'),
        };
      }
    }
    const text = decodeWith(b, this.charset);
    if (text.includes('\ufffd') && !Buffer.from(iconv.encode(text, this.charset)).equals(Buffer.from(b))) {
      return {
        line,
        problem: `not valid ${charsetName(this.charset)} text (a damaged byte, or a line in another encoding); skipped`,
        text,
      };
    }
    return { line, text };
  }

  /** The first line past an ASCII head decides: UTF-8 if it is, else a charset that reads it cleanly; a damaged line decides nothing. */
  private settle(b: Uint8Array): void {
    const chosen = fileCharset(b);
    if (chosen.charset === 'utf-8' && chosen.evidence !== 'sniffed') {
      if (isValidUtf8(b)) this.settled = true;
      return;
    }
    if (decodeWith(b, chosen.charset).includes('\ufffd')) return;
    this.charset = chosen.charset;
    this.settled = true;
    this.onCharset?.(chosen);
  }
}

async function* byteLines(input: AsyncIterable<Uint8Array>, decoder: LineDecoder, maxLineBytes: number): AsyncGenerator<Line> {
  let carry: Uint8Array[] = [];
  let carried = 0;
  let overlong = false;
  let line = 0;

  const finish = (tail: Uint8Array): Line => {
    line++;
    if (overlong || carried + tail.length > maxLineBytes)
      return { line, problem: `longer than ${sizeLabel(maxLineBytes)}; skipped`, text: '' };
    return decoder.decode(line, carried === 0 ? tail : Buffer.concat([...carry, tail]));
  };

  for await (const chunk of input) {
    let start = 0;
    for (let nl = chunk.indexOf(newline); nl !== -1; nl = chunk.indexOf(newline, start)) {
      yield finish(chunk.subarray(start, nl));
      carry = [];
      carried = 0;
      overlong = false;
      start = nl + 1;
    }
    if (start < chunk.length) {
      const rest = chunk.subarray(start);
      if (overlong || carried + rest.length > maxLineBytes) {
        overlong = true;
        carry = [];
        carried = 0;
      } else {
        carry.push(rest);
        carried += rest.length;
      }
    }
  }
  if (carried > 0 || overlong) yield finish(new Uint8Array(0));
}

/** UTF-16 has zero bytes inside characters, so it is decoded as a stream and split as text. */
async function* utf16Lines(input: AsyncIterable<Uint8Array>, charset: string, maxLineBytes: number): AsyncGenerator<Line> {
  const decoder = iconv.getDecoder(charset);
  let pending = '';
  let line = 0;
  let overlong = false;
  const finish = (text: string): Line => {
    line++;
    const t = text.endsWith('\r') ? text.slice(0, -1) : text;
    if (overlong || t.length * 2 > maxLineBytes) return { line, problem: `longer than ${sizeLabel(maxLineBytes)}; skipped`, text: '' };
    return { line, text: t };
  };
  const split = function* (text: string): Generator<Line> {
    const s = pending + text;
    let start = 0;
    for (let nl = s.indexOf('\n'); nl !== -1; nl = s.indexOf('\n', start)) {
      yield finish(s.slice(start, nl));
      overlong = false;
      start = nl + 1;
    }
    pending = s.slice(start);
    if (pending.length * 2 > maxLineBytes) {
      overlong = true;
      pending = '';
    }
  };
  for await (const chunk of input) yield* split(decoder.write(Buffer.from(chunk)));
  yield* split(decoder.end() ?? '');
  if (pending !== '' || overlong) yield finish(pending);
}

/** Said once when a file is not UTF-8, so a wrong guess can be seen. */
export function charsetNote(c: FileCharset): string {
  const how = c.evidence === 'bom' ? 'its byte order mark' : c.evidence === 'utf16-zeros' ? 'its zero bytes' : 'its bytes';
  return `reading the file as ${charsetName(c.charset)} (from ${how})`;
}

function sizeLabel(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${bytes} bytes`;
}
