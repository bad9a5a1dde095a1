/**
 * `bin/yuqing analyze --input items.jsonl` (`-` for stdin): reads `{id, title?, text, lang?, region?}` per line and
 * prints one JSON object per line with the pipeline's analysis, no database needed; `duplicateOf` points to an earlier
 * line of the same input (within the last `--window` items). Streams with back-pressure: memory stays bounded.
 */
import type { Command } from 'commander';
import { z } from 'zod';
import { createOfflineAnalyzer } from '../../pipeline/analyze-offline.js';
import type { CliContext } from '../context.js';
import { BufferedOut } from '../io/buffered-out.js';
import { type CommandIo, processIo } from '../io/command-io.js';
import { eachJsonlItem } from '../io/jsonl-items.js';

const itemSchema = z.object({
  id: z.union([z.string(), z.number()], { error: 'expected a string or a number' }),
  title: z.string().nullish(),
  text: z.string().nullish(),
  lang: z.string().nullish(),
  region: z.string().nullish(),
});

export function register(program: Command, _ctx: CliContext): void {
  program
    .command('analyze')
    .description('analyse JSONL items {id, title?, text} with the pipeline’s stages and print one JSON result per line')
    .requiredOption('--input <file>', 'JSONL file, or - for stdin')
    .option('--window <n>', 'how many earlier items duplicates are looked for in', '50000')
    .action(async (flags: { input: string; window: string }) => {
      process.exitCode = await analyzeItems(flags, processIo());
    });
}

/** Runs `analyze`; returns the exit code (0 when the input was read, even with bad lines). */
export async function analyzeItems(flags: { input: string; window: string }, io: CommandIo): Promise<number> {
  const window = Number.parseInt(flags.window, 10);
  if (!Number.isInteger(window) || window < 0) {
    io.err(`yuqing: --window must be a whole number, got "${flags.window}"\n`);
    return 1;
  }
  const analyzer = createOfflineAnalyzer({ window });
  const out = new BufferedOut(io.out);
  const code = await eachJsonlItem(io, flags.input, itemSchema, async (item) => {
    if (out.closed) return false;
    await out.write(`${JSON.stringify(analyzer.analyze(item))}\n`);
    return true;
  });
  await out.flush();
  return code;
}
