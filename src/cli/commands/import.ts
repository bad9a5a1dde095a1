/**
 * `bin/yuqing import FILE`: streams a JSONL or CSV file into the inbox. Prints one JSON line per committed
 * batch (`{"ack":true,"throughLine":…}`) and a final summary on stdout; bad lines go to stderr by line number.
 * Exit code 0 when the file was read (even with bad lines), 1 when it could not be read at all.
 */
import { type Command, InvalidArgumentError } from 'commander';
import { mediaCrawlerCliOptions, mediaCrawlerKindOfFile } from '../../collect/mediacrawler/index.js';
import { type FileFormat, fileFormats, formatFromName } from '../../intake/file-record.js';
import { describeProblem, ImportStoreError, importFile } from '../../intake/import-file.js';
import { resolveWorkspace } from '../../intake/resolve-workspace.js';
import type { CliContext } from '../context.js';
import { fail } from '../context.js';

interface ImportFlags {
  workspace?: string;
  format?: string;
  source?: string;
  platform?: string;
  batch: number;
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('import')
    .description('import items from a JSONL or CSV file into the inbox (safe to re-run: items already known are skipped)')
    .argument('<file>', 'a .jsonl or .csv file (UTF-8, with or without BOM)')
    .option('--workspace <id|slug>', 'target workspace (needed when there is more than one)')
    .option('--format <format>', `file format: ${fileFormats.join(' or ')}, or mediacrawler (default: from the file name)`)
    .option('--source <key>', 'source key for items that name none')
    .option('--platform <name>', 'with --format mediacrawler: weibo|xhs|dy|ks|bili|tieba|zhihu (default: detected per record)')
    .option('--batch <n>', 'lines committed per batch', positiveInt, 500)
    .action(async (file: string, flags: ImportFlags) => {
      const mediaCrawler = flags.format?.toLowerCase() === 'mediacrawler' ? mediaCrawlerFlags(file, flags) : undefined;
      const format = mediaCrawler?.format ?? chooseFormat(file, flags.format);
      if (!mediaCrawler) {
        const kind = await mediaCrawlerKindOfFile(file).catch(() => null);
        if (kind) fail(`${file} looks like MediaCrawler output (${kind}), not Yuqing items: import it with --format mediacrawler`);
      }
      const db = await ctx.openDb();
      try {
        const workspace = await resolveWorkspace(db, flags.workspace).catch((err: Error) => fail(err.message));
        const summary = await importFile(
          db,
          {
            path: file,
            format,
            workspaceId: workspace.id,
            batchSize: flags.batch,
            ...(flags.source ? { defaultSource: flags.source } : {}),
            ...mediaCrawler,
          },
          {
            ack: (ack) => process.stdout.write(`${JSON.stringify(ack)}\n`),
            rejected: (problem) => process.stderr.write(`${describeProblem(problem)}\n`),
            warning: (message) => process.stderr.write(`warning: ${message}\n`),
          },
        ).catch((err: Error) =>
          fail(err instanceof ImportStoreError ? `cannot import ${file}: ${err.message}` : `cannot read ${file}: ${err.message}`),
        );
        process.stdout.write(`${JSON.stringify(summary)}\n`);
      } finally {
        await db.close();
      }
    });
}

function chooseFormat(file: string, flag: string | undefined): FileFormat {
  if (flag !== undefined) {
    const wanted = flag.toLowerCase();
    const hit = fileFormats.find((f) => f === wanted);
    return hit ?? fail(`unknown format "${flag}"; use ${fileFormats.join(' or ')}`);
  }
  return formatFromName(file) ?? fail(`cannot tell the format of ${file} from its name; pass --format ${fileFormats.join('|')}`);
}

/** `--format mediacrawler`: MediaCrawler's JSON/JSONL/CSV output (see src/collect/mediacrawler/). */
function mediaCrawlerFlags(file: string, flags: ImportFlags) {
  try {
    return mediaCrawlerCliOptions(file, flags);
  } catch (err) {
    return fail((err as Error).message);
  }
}

function positiveInt(raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 100_000) throw new InvalidArgumentError('expected a whole number from 1 to 100000');
  return n;
}
