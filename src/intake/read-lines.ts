/**
 * Splitting a byte stream into lines on `\n` only (U+2028 and lone `\r` inside text are not line breaks),
 * dropping a trailing `\r` and a leading UTF-8 BOM. Memory stays bounded: an over-long line is skipped and reported.
 */

export type Line = { line: number; text: string } | { line: number; problem: string };

const newline = 0x0a;
const decoder = new TextDecoder('utf-8', { fatal: true });

export async function* readLines(input: AsyncIterable<Uint8Array>, maxLineBytes = 16 * 1024 * 1024): AsyncGenerator<Line> {
  let carry: Uint8Array[] = [];
  let carried = 0;
  let overlong = false;
  let line = 0;

  const finish = (tail: Uint8Array): Line => {
    line++;
    if (overlong || carried + tail.length > maxLineBytes) {
      return { line, problem: `longer than ${sizeLabel(maxLineBytes)}; skipped` };
    }
    const bytes = carried === 0 ? tail : Buffer.concat([...carry, tail]);
    return decode(line, bytes);
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

function decode(line: number, bytes: Uint8Array): Line {
  let end = bytes.length;
  if (end > 0 && bytes[end - 1] === 0x0d) end--;
  let start = 0;
  if (line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  try {
    return { line, text: decoder.decode(bytes.subarray(start, end)) };
  } catch {
    return { line, problem: 'not valid UTF-8 text (convert the file to UTF-8 first)' };
  }
}

function sizeLabel(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${bytes} bytes`;
}
