/**
 * A JSON file holding one array of objects (MediaCrawler's `.json` output, pretty-printed): each element parsed on
 * its own, with the line it starts on and its position (`record`, 1-based: a one-line array has every record on
 * line 1), so one damaged element is reported and the rest still read.
 */
import type { FileRecord, LineCount } from '../../intake/file-record.js';

export function* readJsonArray(text: string, count: LineCount): Generator<FileRecord> {
  const s = text.replace(/^\uFEFF/, '');
  let i = skipSpace(s, 0);
  let line = 1 + newlines(s, 0, i);
  if (s[i] !== '[') {
    yield { line, lastLine: line, problem: 'expected a JSON array of records' };
    return;
  }
  i++;
  let record = 0;
  for (;;) {
    const start = skipSpace(s, i);
    line += newlines(s, i, start);
    if (start >= s.length) {
      yield { line, lastLine: line, problem: 'the array is not closed (file cut short?)' };
      break;
    }
    if (s[start] === ']') break;
    const end = elementEnd(s, start);
    const lastLine = line + newlines(s, start, end);
    count.lines = lastLine;
    yield { ...parseElement(s.slice(start, end), line, lastLine), record: ++record };
    line = lastLine;
    const next = skipSpace(s, end);
    line += newlines(s, end, next);
    if (s[next] === ',') i = next + 1;
    else if (s[next] === ']' || next >= s.length) {
      i = next;
      if (next >= s.length) yield { line, lastLine: line, problem: 'the array is not closed (file cut short?)' };
      break;
    } else {
      yield { line, lastLine: line, problem: `expected "," or "]" between records, found "${s[next]}"` };
      break;
    }
  }
  count.lines = line + newlines(s, i, s.length);
}

function parseElement(json: string, line: number, lastLine: number): FileRecord {
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return { line, lastLine, problem: 'expected a JSON object' };
    return { line, lastLine, value: value as Record<string, unknown> };
  } catch (err) {
    return { line, lastLine, problem: `not valid JSON (${(err as Error).message})` };
  }
}

/** Index just past one JSON value starting at `start`: strings and nesting tracked, stops at a top-level `,` or `]`. */
function elementEnd(s: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < s.length; i++) {
    const c = s[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      if (depth === 0) return trimEnd(s, start, i);
      depth--;
      if (depth === 0) return i + 1;
    } else if (c === ',' && depth === 0) return trimEnd(s, start, i);
  }
  return s.length;
}

function trimEnd(s: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(s[e - 1] ?? '')) e--;
  return e;
}

function skipSpace(s: string, from: number): number {
  let i = from;
  while (i < s.length && /\s/.test(s[i] ?? '')) i++;
  return i;
}

function newlines(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}
