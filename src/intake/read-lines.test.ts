import { describe, expect, it } from 'vitest';
import { type Line, readLines } from './read-lines.js';

async function collect(chunks: (string | Uint8Array)[], max?: number): Promise<Line[]> {
  async function* source(): AsyncGenerator<Uint8Array> {
    for (const c of chunks) yield typeof c === 'string' ? Buffer.from(c) : c;
  }
  const out: Line[] = [];
  for await (const l of readLines(source(), max)) out.push(l);
  return out;
}

describe('readLines', () => {
  it('splits on \\n only: U+2028 and a lone \\r stay inside the line; CRLF and a BOM are dropped', async () => {
    const lines = await collect(['\uFEFFa\u2028b\r\n', 'c\rd\n', '\n', 'last']);
    expect(lines).toEqual([
      { line: 1, text: 'a\u2028b' },
      { line: 2, text: 'c\rd' },
      { line: 3, text: '' },
      { line: 4, text: 'last' },
    ]);
  });

  it('joins lines and multi-byte characters cut across chunks', async () => {
    const bytes = Buffer.from('第一行\n第二行\n');
    const chunks = [...bytes].map((b) => Uint8Array.of(b));
    expect(await collect(chunks)).toEqual([
      { line: 1, text: '第一行' },
      { line: 2, text: '第二行' },
    ]);
  });

  it('reports an over-long line and invalid UTF-8 by number and goes on', async () => {
    const lines = await collect(['ok\n', 'x'.repeat(40), 'y'.repeat(40), '\n', Uint8Array.of(0xff, 0xfe, 0x0a), 'end\n'], 64);
    expect(lines).toEqual([
      { line: 1, text: 'ok' },
      { line: 2, problem: 'longer than 64 bytes; skipped', text: '' },
      { line: 3, problem: 'not valid UTF-8 text (a damaged byte, or a line in another encoding); skipped', text: '\uFFFD\uFFFD' },
      { line: 4, text: 'end' },
    ]);
  });
});
