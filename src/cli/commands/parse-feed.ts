/** `bin/yuqing parse-feed FILE`: a feed file (any format, any encoding) as JSON lines; exit 1 with the reason when it is not a feed. */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { isCollectError } from '../../collect/errors.js';
import { DEFAULT_MAX_ITEMS, feedLines, parseFeed } from '../../collect/feed/index.js';
import { type CliContext, fail } from '../context.js';

interface Options {
  baseUrl?: string;
  maxItems?: number;
}

export function register(program: Command, _ctx: CliContext): void {
  program
    .command('parse-feed')
    .description('parse a feed file (RSS 2.0, RSS 1.0, Atom, JSON Feed; any encoding) and print its items as JSON lines')
    .argument('<file>', 'the feed file')
    .option('--base-url <url>', 'URL the feed was fetched from, to resolve relative links')
    .option('--max-items <n>', `most items to print (default ${DEFAULT_MAX_ITEMS})`, (v) => positiveInt(v, '--max-items'))
    .action(async (file: string, opts: Options) => {
      const bytes = await readFile(file).catch((err: NodeJS.ErrnoException) => fail(`cannot read ${file}: ${err.code ?? err.message}`));
      try {
        const feed = parseFeed(bytes, {
          ...(opts.baseUrl ? { baseUrl: opts.baseUrl } : {}),
          ...(opts.maxItems ? { maxItems: opts.maxItems } : {}),
        });
        const lines = feedLines(feed).map((l) => JSON.stringify(l));
        process.stdout.write(lines.length > 0 ? `${lines.join('\n')}\n` : '');
        if (feed.truncated) {
          process.stderr.write(
            `yuqing: note: printed the first ${feed.truncated.kept} of ${feed.truncated.total} items (see --max-items)\n`,
          );
        }
      } catch (err) {
        if (isCollectError(err)) fail(`${file}: ${err.message}`);
        throw err;
      }
    });
}

export function positiveInt(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) fail(`${flag} expects a positive whole number, not ${value}`);
  return n;
}
