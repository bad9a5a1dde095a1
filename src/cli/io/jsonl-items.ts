/**
 * The JSON Lines input of `analyze` and `match`, read like the file import reads it (`src/intake/read-jsonl.ts`: the
 * file's charset, BOM and `\r` dropped, a damaged or over-long line reported) and each object checked against the
 * command's item schema. A bad line goes to stderr with its number and the rest continue; pulled on demand, so
 * memory stays bounded.
 */
import type { Readable } from 'node:stream';
import type { z } from 'zod';
import { readJsonl } from '../../intake/read-jsonl.js';
import type { CommandIo } from './command-io.js';

/**
 * Calls `each` with every valid item of the input at `path` (`-` for standard input) in order until the input ends or `each` returns false. Returns the exit code:
 * 0 when the input was read (even with bad lines), 1 when it could not be.
 */
export async function eachJsonlItem<T>(
  io: Pick<CommandIo, 'open' | 'err'>,
  path: string,
  schema: z.ZodType<T>,
  each: (item: T) => boolean | Promise<boolean>,
): Promise<number> {
  let bad = 0;
  try {
    for await (const r of readJsonl(bytesOf(io.open(path)), { lines: 0 }, (note) => io.err(`yuqing: ${note}\n`))) {
      const checked = 'problem' in r ? null : schema.safeParse(r.value);
      if (checked?.success) {
        if (!(await each(checked.data))) break;
        continue;
      }
      bad++;
      const where = r.record === undefined ? `line ${r.line}` : `line ${r.line}, record ${r.record}`;
      io.err(`${where}: ${'problem' in r ? r.problem : issueText(checked?.error)}\n`);
    }
  } catch (err) {
    io.err(`yuqing: cannot read ${path}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  if (bad > 0) io.err(`yuqing: ${bad} malformed line${bad === 1 ? '' : 's'} skipped\n`);
  return 0;
}

function issueText(error: z.ZodError | undefined): string {
  const issue = error?.issues[0];
  return `${issue?.path.join('.') || 'item'}: ${issue?.message ?? 'invalid'}`;
}

/** A stream's chunks as bytes (a stream with an encoding set, or built from strings, yields text). */
async function* bytesOf(input: Readable): AsyncGenerator<Uint8Array> {
  for await (const chunk of input as AsyncIterable<Uint8Array | string>) yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
}
