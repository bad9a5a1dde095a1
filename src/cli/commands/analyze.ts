/**
 * `bin/yuqing analyze --input items.jsonl` (`-` for stdin): reads `{id, title?, text, lang?, region?}` per line and
 * prints one JSON object per line with the pipeline's analysis, no database needed; `duplicateOf` points to an earlier
 * line of the same input (within the last `--window` items). Streams with back-pressure: memory stays bounded.
 */
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import type { Command } from 'commander';
import { z } from 'zod';
import { createOfflineAnalyzer } from '../../pipeline/analyze-offline.js';
import type { CliContext } from '../context.js';

const itemSchema = z.object({
  id: z.union([z.string(), z.number()], { error: 'expected a string or a number' }),
  title: z.string().nullish(),
  text: z.string().nullish(),
  lang: z.string().nullish(),
  region: z.string().nullish(),
});

export interface AnalyzeIo {
  open(path: string): Readable;
  out: Writable;
  err(text: string): void;
}

export function register(program: Command, _ctx: CliContext): void {
  program
    .command('analyze')
    .description('analyse JSONL items {id, title?, text} with the pipeline’s stages and print one JSON result per line')
    .requiredOption('--input <file>', 'JSONL file, or - for stdin')
    .option('--window <n>', 'how many earlier items duplicates are looked for in', '50000')
    .action(async (flags: { input: string; window: string }) => {
      process.exitCode = await analyzeItems(flags, {
        open: (path) => (path === '-' ? process.stdin : createReadStream(path)),
        out: process.stdout,
        err: (s) => process.stderr.write(s),
      });
    });
}

/** Runs `analyze`; returns the exit code (0 when the input was read, even with bad lines). */
export async function analyzeItems(flags: { input: string; window: string }, io: AnalyzeIo): Promise<number> {
  const window = Number.parseInt(flags.window, 10);
  if (!Number.isInteger(window) || window < 0) {
    io.err(`yuqing: --window must be a whole number, got "${flags.window}"\n`);
    return 1;
  }
  const analyzer = createOfflineAnalyzer({ window });
  let closed = false;
  io.out.on('error', () => {
    closed = true;
  });
  let pending = '';
  const flush = async () => {
    if (closed || pending === '') return;
    const chunk = pending;
    pending = '';
    if (!io.out.write(chunk)) await Promise.race([once(io.out, 'drain'), once(io.out, 'close'), once(io.out, 'error')]);
  };
  let bad = 0;
  let lineNo = 0;
  try {
    for await (const line of readLines(io.open(flags.input))) {
      lineNo++;
      if (closed) break;
      if (line.trim() === '') continue;
      const item = parseItem(line);
      if (typeof item === 'string') {
        bad++;
        io.err(`line ${lineNo}: ${item}\n`);
        continue;
      }
      pending += `${JSON.stringify(analyzer.analyze(item))}\n`;
      if (pending.length >= 65_536) await flush();
    }
  } catch (err) {
    io.err(`yuqing: cannot read ${flags.input}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  await flush();
  if (bad > 0) io.err(`yuqing: ${bad} malformed line${bad === 1 ? '' : 's'} skipped\n`);
  return 0;
}

function parseItem(line: string): z.infer<typeof itemSchema> | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return `not valid JSON (${err instanceof Error ? err.message : String(err)})`;
  }
  const parsed = itemSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  return `${issue?.path.join('.') || 'item'}: ${issue?.message ?? 'invalid'}`;
}

/** Lines split on `\n` only (U+2028 inside a text is not a line end), without a trailing `\r` or a leading BOM; pulls the input on demand. */
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
      const line = text.slice(start, nl);
      yield line.endsWith('\r') ? line.slice(0, -1) : line;
      start = nl + 1;
    }
    rest = text.slice(start);
  }
  if (rest !== '') yield rest.endsWith('\r') ? rest.slice(0, -1) : rest;
}
