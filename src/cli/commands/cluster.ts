/**
 * `bin/yuqing cluster --input mentions.jsonl` (`-` for stdin): reads `{id, title?, text?, author?, source?,
 * publishedAt?, parent?}` per line in time order, runs the pipeline's analysis (`analyze-offline.ts`) and the event
 * clustering core (`src/events/`) over them in batches, with the periodic merge pass, and prints `{"id", "event"}`
 * per item once the input ends (so every line names the event its mention ended in, merges included). A bad line is
 * reported with its number and the rest continue. Keeps one id pair per item until the end.
 */
import type { Command } from 'commander';
import { z } from 'zod';
import { clusterMentionOf } from '../../events/from-analysis.js';
import { clusterStream, PASS_EVERY } from '../../events/stream.js';
import type { ClusterMention } from '../../events/types.js';
import { createOfflineAnalyzer } from '../../pipeline/analyze-offline.js';
import type { CliContext } from '../context.js';
import { BufferedOut } from '../io/buffered-out.js';
import { type CommandIo, processIo } from '../io/command-io.js';
import { eachJsonlItem } from '../io/jsonl-items.js';

const text = z.string().nullish();
const itemSchema = z.object({
  id: z.union([z.string(), z.number()], { error: 'expected a string or a number' }),
  title: text,
  text: text,
  author: text,
  source: text,
  publishedAt: z
    .string()
    .refine((s) => Number.isFinite(Date.parse(s)), 'expected an ISO 8601 time')
    .nullish(),
  parent: z.union([z.string(), z.number()]).nullish(),
});

export function register(program: Command, _ctx: CliContext): void {
  program
    .command('cluster')
    .description('cluster JSONL mentions {id, title?, text, publishedAt?, parent?} into events and print {"id", "event"} per line')
    .requiredOption('--input <file>', 'JSONL file in time order, or - for stdin')
    .action(async (flags: { input: string }) => {
      process.exitCode = await clusterItems(flags, processIo());
    });
}

/** Runs `cluster`; returns the exit code (0 when the input was read, even with bad lines). */
export async function clusterItems(flags: { input: string }, io: CommandIo, now = Date.now()): Promise<number> {
  const analyzer = createOfflineAnalyzer();
  const stream = clusterStream();
  const assigned: [string | number, string][] = [];
  let batch: ClusterMention[] = [];
  const ids = new Map<string, string | number>();
  // The stream's own clock: the latest publication time read so far (an offline file is history, not now).
  let latest = Number.NEGATIVE_INFINITY;
  const flush = () => {
    if (batch.length === 0) return;
    for (const a of stream.push(batch, Math.min(now, latest))) assigned.push([ids.get(a.id) ?? a.id, a.event]);
    batch = [];
    ids.clear();
  };
  const code = await eachJsonlItem(io, flags.input, itemSchema, (item) => {
    const m = clusterMentionOf(item, analyzer.analyze({ id: item.id, title: item.title, text: item.text }), now);
    ids.set(m.id, item.id);
    latest = Math.max(latest, m.at);
    batch.push(m);
    if (batch.length >= PASS_EVERY) flush();
    return true;
  });
  flush();
  const out = new BufferedOut(io.out);
  for (const [id, event] of assigned) {
    if (out.closed) break;
    await out.write(`${JSON.stringify({ id, event: stream.resolve(event) })}\n`);
  }
  await out.flush();
  return code;
}
