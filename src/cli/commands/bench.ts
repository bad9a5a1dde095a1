import { cpus } from 'node:os';
import type { Command } from 'commander';
import { benchmarks } from '../../bench/index.js';
import { type CliContext, fail } from '../context.js';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('bench')
    .description(`measure throughput and latency; prints one JSON object (benchmarks: ${benchmarks.map((b) => b.name).join(', ')})`)
    .option('--only <names>', 'comma-separated benchmark names to run')
    .option('--size <n>', 'how much data benchmarks that build a corpus make (search: stored mentions, default 1,000,000)')
    .action(async (opts: { only?: string; size?: string }) => {
      const size = opts.size === undefined ? undefined : Number(opts.size);
      if (size !== undefined && !(Number.isInteger(size) && size > 0)) fail('--size must be a positive whole number', 2);
      const wanted = opts.only ? opts.only.split(',').map((s) => s.trim()) : benchmarks.map((b) => b.name);
      const unknown = wanted.filter((w) => !benchmarks.some((b) => b.name === w));
      if (unknown.length > 0) fail(`unknown benchmark: ${unknown.join(', ')}`, 2);
      const out: Record<string, unknown> = { machine: { cpus: cpus().length, node: process.version } };
      for (const b of benchmarks.filter((x) => wanted.includes(x.name))) {
        process.stderr.write(`bench: ${b.name} — ${b.doc}\n`);
        out[b.name] = await b.run(ctx.config, size === undefined ? {} : { size });
      }
      process.stdout.write(`${JSON.stringify(out)}\n`);
    });
}
