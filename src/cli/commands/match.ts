/**
 * `bin/yuqing match --query Q --input items.jsonl`: streams JSONL items (`-` for stdin) and prints the id of each
 * one the query matches, one per line. A malformed line goes to stderr with its number and the rest continue.
 * Exit code 0 when the input was read (even with bad lines), 1 for a bad query or an unreadable input.
 */
import type { Command } from 'commander';
import { z } from 'zod';
import { compileTopics, FIELDS, formatQueryError, isQuerySyntaxError, parseQuery } from '../../match/index.js';
import type { CliContext } from '../context.js';
import { BufferedOut } from '../io/buffered-out.js';
import { type CommandIo, processIo } from '../io/command-io.js';
import { eachJsonlItem } from '../io/jsonl-items.js';

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

export function register(program: Command, _ctx: CliContext): void {
  program
    .command('match')
    .description('print the id of every JSONL item a query matches (the same matching as live topic tagging)')
    .requiredOption('--query <query>', 'a topic query, e.g. "(华为 OR Huawei) AND 投诉"')
    .requiredOption('--input <file>', `JSONL file of items {id, title, text, ${FIELDS.slice(2).join(', ')}}, or - for stdin`)
    .action(async (flags: { query: string; input: string }) => {
      process.exitCode = await matchItems(flags, processIo());
    });
}

/** Runs `match`; returns the exit code. */
export async function matchItems(flags: { query: string; input: string }, io: CommandIo): Promise<number> {
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
  const code = await eachJsonlItem(io, flags.input, itemSchema, async (item) => {
    if (out.closed) return false;
    if (matcher.match(item).length > 0) await out.write(`${item.id}\n`);
    return true;
  });
  await out.flush();
  return code;
}
