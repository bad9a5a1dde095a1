/**
 * `bin/yuqing match --query Q --input items.jsonl`: streams JSONL items (`-` for stdin) and prints the id of each
 * one the query matches, one per line. A malformed line goes to stderr with its number and the rest continue.
 * Exit code 0 when the input was read (even with bad lines), 1 for a bad query or an unreadable input.
 */
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import type { Command } from 'commander';
import { z } from 'zod';
import { compileTopics, FIELDS, formatQueryError, isQuerySyntaxError, parseQuery } from '../../match/index.js';
import type { CliContext } from '../context.js';

const fieldValue = z.string().nullish();
const itemSchema = z.object({
  id: z.union([z.string(), z.number()], { error: 'expected a string or a number' }),
  title: fieldValue,
  text: fieldValue,
  author: fieldValue,
  source: fieldValue,
  channel: fieldValue,
  lang: fieldValue,
  region: fieldValue,
  url: fieldValue,
});

export interface MatchIo {
  /** Opens the input; `-` means standard input. */
  open(path: string): Readable;
  out: Writable;
  err(text: string): void;
}

export function register(program: Command, _ctx: CliContext): void {
  program
    .command('match')
    .description('print the id of every JSONL item a query matches (the same matching as live topic tagging)')
    .requiredOption('--query <query>', 'a topic query, e.g. "(华为 OR Huawei) AND 投诉"')
    .requiredOption('--input <file>', `JSONL file of items {id, title, text, ${FIELDS.slice(2).join(', ')}}, or - for stdin`)
    .action(async (flags: { query: string; input: string }) => {
      process.exitCode = await matchItems(flags, {
        open: (path) => (path === '-' ? process.stdin : createReadStream(path)),
        out: process.stdout,
        err: (s) => process.stderr.write(s),
      });
    });
}

/** Runs `match`; returns the exit code. */
export async function matchItems(flags: { query: string; input: string }, io: MatchIo): Promise<number> {
  let tree: ReturnType<typeof parseQuery>;
  try {
    tree = parseQuery(flags.query);
  } catch (err) {
    if (!isQuerySyntaxError(err)) throw err;
    io.err(`yuqing: ${formatQueryError(flags.query, err)}\n`);
    return 1;
  }
  const matcher = compileTopics([{ id: 0, query: tree }]);
  const out = new BufferedOut(io.out);
  let bad = 0;
  let lineNo = 0;
  try {
    for await (const line of readLines(io.open(flags.input))) {
      lineNo++;
      if (out.closed) break;
      if (line.trim() === '') continue;
      const item = parseItem(line);
      if (typeof item === 'string') {
        bad++;
        io.err(`line ${lineNo}: ${item}\n`);
        continue;
      }
      if (matcher.match(item).length > 0) await out.write(`${item.id}\n`);
    }
  } catch (err) {
    io.err(`yuqing: cannot read ${flags.input}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  await out.flush();
  if (bad > 0) io.err(`yuqing: ${bad} malformed line${bad === 1 ? '' : 's'} skipped\n`);
  return 0;
}

type Item = z.infer<typeof itemSchema>;

/** The item on a line, or what is wrong with it. */
function parseItem(line: string): Item | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return `not valid JSON (${err instanceof Error ? err.message : String(err)})`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'expected a JSON object';
  const parsed = itemSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  return `${issue.path.join('.') || 'item'}: ${issue.message}`;
}

/** Lines split on `\n` only (a U+2028 inside a text is not a line end), without a trailing `\r` or a leading BOM. */
async function* readLines(input: Readable): AsyncGenerator<string> {
  input.setEncoding('utf8');
  let rest = '';
  let first = true;
  for await (const chunk of input as AsyncIterable<string>) {
    let text = rest + chunk;
    if (first) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      yield stripCr(text.slice(start, nl));
      start = nl + 1;
    }
    rest = text.slice(start);
  }
  if (rest !== '') yield stripCr(rest);
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/** Batches small writes, respects back-pressure, and stops quietly when the reader goes away (`| head`). */
class BufferedOut {
  closed = false;
  private pending = '';

  constructor(private readonly out: Writable) {
    out.on('error', () => {
      this.closed = true;
    });
  }

  async write(s: string): Promise<void> {
    this.pending += s;
    if (this.pending.length >= 65_536) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.closed || this.pending === '') return;
    const chunk = this.pending;
    this.pending = '';
    if (!this.out.write(chunk)) await Promise.race([once(this.out, 'drain'), once(this.out, 'close'), once(this.out, 'error')]);
  }
}
