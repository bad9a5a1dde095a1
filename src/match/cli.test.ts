import { PassThrough, Readable } from 'node:stream';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { matchItems, register as registerMatch } from '../cli/commands/match.js';
import { checkQuery, register as registerQuery } from '../cli/commands/query.js';
import type { CliContext } from '../cli/context.js';

function capture() {
  let out = '';
  let err = '';
  const io = {
    out: (s: string) => {
      out += s;
    },
    err: (s: string) => {
      err += s;
    },
  };
  return { io, out: () => out, err: () => err };
}

describe('query check', () => {
  it('prints the canonical form and exits 0', () => {
    const c = capture();
    expect(checkQuery('(华为 OR Huawei OR 華為) AND (投诉 OR 质量 OR "屏幕 断裂") NOT 招聘', {}, c.io)).toBe(0);
    expect(c.out()).toBe('(华为 OR huawei) AND (投诉 OR 质量 OR "屏幕 断裂") AND NOT 招聘\n');
    expect(c.err()).toBe('');
  });

  it('prints the tree and warnings as JSON with --json', () => {
    const c = capture();
    expect(checkQuery('title:华为 or 荣耀', { json: true }, c.io)).toBe(0);
    const body = JSON.parse(c.out());
    expect(body.query).toBe('title:华为 AND or AND 荣耀');
    expect(body.tree.children[0]).toEqual({ type: 'term', field: 'title', value: '华为', wildcard: false });
    expect(body.warnings).toHaveLength(1);
  });

  it('prints the error with its column and a caret, and exits 1', () => {
    const c = capture();
    expect(checkQuery('(华为 OR 荣耀', {}, c.io)).toBe(1);
    expect(c.out()).toBe('');
    expect(c.err()).toBe(`yuqing: expected ')' at column 10\n  (华为 OR 荣耀\n               ^\n`);
  });

  it('prints the error as JSON with --json', () => {
    const c = capture();
    expect(checkQuery('a NEAR b', { json: true }, c.io)).toBe(1);
    expect(JSON.parse(c.out()).error).toMatchObject({ code: 'invalid_request', status: 400, column: 3, found: "'NEAR'" });
  });
});

describe('match', () => {
  const lines = [
    '\uFEFF{"id":1,"title":"華為手機","text":"屏幕斷裂了，投訴無門"}\r',
    '{"id":"two","text":"华为招聘"}',
    'not json',
    '{"text":"华为投诉"}',
    '',
    '{"id":3,"title":null,"text":"ＨＵＡＷＥＩ quality 质量 \u2028 more"}',
    '[1]',
    '{"id":4,"text":"huawei质量","extra":{"ignored":true}}',
  ];
  const query = '(华为 OR Huawei OR 華為) AND (投诉 OR 质量 OR "屏幕 断裂") NOT 招聘';

  async function run(q: string, input: string | Error, chunkSize = 7) {
    const out = new PassThrough();
    let printed = '';
    out.on('data', (d: Buffer) => {
      printed += d.toString('utf8');
    });
    let err = '';
    const open = (path: string) => {
      if (input instanceof Error) {
        const r = new Readable({ read() {} });
        queueMicrotask(() => r.destroy(input));
        return r;
      }
      expect(path).toBe('items.jsonl');
      const bytes = Buffer.from(input, 'utf8');
      const chunks: Buffer[] = [];
      for (let i = 0; i < bytes.length; i += chunkSize) chunks.push(bytes.subarray(i, i + chunkSize)); // splits characters
      return Readable.from(chunks);
    };
    const collect = (s: string) => {
      err += s;
    };
    const code = await matchItems({ query: q, input: 'items.jsonl' }, { open, out, err: collect });
    return { code, out: printed, err };
  }

  it('prints the id of each matching item; bad lines go to stderr by number and the rest continue', async () => {
    const r = await run(query, lines.join('\n'));
    expect(r.code).toBe(0);
    expect(r.out).toBe('1\n3\n4\n');
    const err = r.err.split('\n');
    expect(err[0]).toMatch(/^line 3: not valid JSON \(.+\)$/);
    expect(err.slice(1)).toEqual([
      'line 4: id: expected a string or a number',
      'line 7: expected a JSON object',
      'yuqing: 3 malformed lines skipped',
      '',
    ]);
  });

  it('handles a last line without a newline and whole-line chunks alike', async () => {
    const r = await run('huawei', `${lines[7]}`, 1000);
    expect(r.out).toBe('4\n');
  });

  it('exits 1 with the error for a bad query', async () => {
    const r = await run('华为)', '');
    expect(r.code).toBe(1);
    expect(r.err).toContain(`expected end of query at column 3`);
  });

  it('exits 1 when the input cannot be read', async () => {
    const r = await run('华为', new Error('ENOENT: no such file'));
    expect(r.code).toBe(1);
    expect(r.err).toBe('yuqing: cannot read items.jsonl: ENOENT: no such file\n');
  });
});

describe('register', () => {
  it('adds `query check` and `match` to the program', () => {
    const program = new Command('yuqing');
    const ctx = {} as CliContext;
    registerQuery(program, ctx);
    registerMatch(program, ctx);
    expect(program.commands.map((c) => c.name())).toEqual(['query', 'match']);
    expect(program.commands[0]!.commands.map((c) => c.name())).toEqual(['check']);
  });
});
