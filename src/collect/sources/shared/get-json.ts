/** One GET through the outbound client, parsed as JSON and checked against a schema; a clear CollectError otherwise. */
import type { z } from 'zod';
import { CollectError } from '../../errors.js';
import type { CollectContext } from '../../source-type.js';

export async function getJson<T>(ctx: Pick<CollectContext, 'http' | 'signal'>, url: URL, schema: z.ZodType<T>): Promise<T> {
  const res = await ctx.http.fetch(url, { headers: { accept: 'application/json' }, ...(ctx.signal ? { signal: ctx.signal } : {}) });
  let json: unknown;
  try {
    json = JSON.parse(res.body.toString('utf8'));
  } catch (err) {
    throw new CollectError('invalid_json', `${url.host} did not answer with JSON (${(err as Error).message})`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : '(response)';
    throw new CollectError('invalid_json', `unexpected response from ${url.host}: ${where}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}
