/**
 * JSON Lines: one JSON object per line, UTF-8 or any charset `readLines` recognises (said once through `warn`);
 * blank lines are skipped, a bad line is reported and the rest still read.
 */
import type { FileRecord, LineCount } from './file-record.js';
import { charsetNote, readLines } from './read-lines.js';

export async function* readJsonl(
  input: AsyncIterable<Uint8Array>,
  count: LineCount,
  warn?: (message: string) => void,
): AsyncGenerator<FileRecord> {
  for await (const l of readLines(input, undefined, warn ? (c) => warn(charsetNote(c)) : undefined)) {
    count.lines = l.line;
    if ('problem' in l) {
      yield { line: l.line, lastLine: l.line, problem: l.problem };
      continue;
    }
    if (l.text.trim() === '') continue;
    yield parseLine(l.line, l.text);
  }
}

function parseLine(line: number, text: string): FileRecord {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { line, lastLine: line, problem: `not valid JSON (${(err as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { line, lastLine: line, problem: 'expected a JSON object' };
  }
  return { line, lastLine: line, value: value as Record<string, unknown> };
}
