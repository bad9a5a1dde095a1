/**
 * JSON Lines: one JSON object per line, UTF-8 or any charset `readLines` recognises (said once through `warn`);
 * blank lines are skipped, a bad line is reported and the rest still read. A line holding an array of objects
 * (a `.json` file written on one line) gives each element as a record of its own.
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
    yield* parseLine(l.line, l.text);
  }
}

function* parseLine(line: number, text: string): Generator<FileRecord> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    yield { line, lastLine: line, problem: `not valid JSON (${(err as Error).message})` };
    return;
  }
  if (Array.isArray(value) && value.some(isObject)) {
    for (const [i, v] of value.entries()) yield { ...asRecord(v, line), record: i + 1 };
    return;
  }
  yield asRecord(value, line);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function asRecord(value: unknown, line: number): FileRecord {
  return isObject(value) ? { line, lastLine: line, value } : { line, lastLine: line, problem: 'expected a JSON object' };
}
