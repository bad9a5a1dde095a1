/** `bin/yuqing extract FILE.html [--url URL]`: the article in a saved page as JSON {title, text, author, published}. */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { extractArticle } from '../../collect/article/extract.js';
import { isCollectError } from '../../collect/errors.js';
import { type CliContext, fail } from '../context.js';

export function register(program: Command, _ctx: CliContext): void {
  program
    .command('extract')
    .description('extract the article from a saved HTML page (any encoding) and print {title, text, author, published} as JSON')
    .argument('<file>', 'the HTML file')
    .option('--url <url>', 'the page’s address (resolves its canonical link)')
    .action(async (file: string, opts: { url?: string }) => {
      const bytes = await readFile(file).catch((err: NodeJS.ErrnoException) => fail(`cannot read ${file}: ${err.code ?? err.message}`));
      try {
        const a = extractArticle(bytes, opts.url ? { url: opts.url } : {});
        const out = {
          title: a.title,
          text: a.text,
          author: a.author,
          published: a.published === null ? null : new Date(a.published).toISOString(),
        };
        process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
      } catch (err) {
        if (isCollectError(err)) fail(`${file}: ${err.message}`);
        throw err;
      }
    });
}
