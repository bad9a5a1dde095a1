/** JSON Lines records: one object per line, and a line holding an array of objects as one record per element. */
import { describe, expect, it } from 'vitest';
import { inBatches } from './batch-records.js';
import type { FileRecord } from './file-record.js';
import { describeProblem } from './import-file.js';
import { readJsonl } from './read-jsonl.js';

const read = async (text: string) => {
  const out: FileRecord[] = [];
  const input = (async function* () {
    yield Buffer.from(text);
  })();
  for await (const r of readJsonl(input, { lines: 0 })) out.push(r);
  return out;
};

describe('readJsonl', () => {
  it('gives each element of a one-line array its record index, so bad ones are told apart', async () => {
    const text =
      '[{"source":"a","text":"x"},{"source":"a","text":"y","url":"nope"},7,{"source":"a","text":"z"}]\n{"source":"b","text":"w"}\n';
    const out = await read(text);
    expect(out.map((r) => [r.line, r.record, 'problem' in r ? r.problem : 'ok'])).toEqual([
      [1, 1, 'ok'],
      [1, 2, 'ok'],
      [1, 3, 'expected a JSON object'],
      [1, 4, 'ok'],
      [2, undefined, 'ok'],
    ]);
  });

  it('keeps the record index through batching, for file-level and validation problems alike', async () => {
    const out = await read('[{"source":"a","text":"x"},5,{"source":"a","text":"y","reposts":"many"}]\n');
    const batches = [];
    for await (const b of inBatches(
      (async function* () {
        yield* out;
      })(),
      10,
    ))
      batches.push(b);
    expect(batches[0]?.problems.map(describeProblem)).toEqual([
      'record 2 (line 1): expected a JSON object',
      'record 3 (line 1): reposts: expected a count such as 1234 or 1.2万, got "many"',
    ]);
    expect(batches[0]?.places).toEqual([{ line: 1, record: 1 }]);
  });

  it('still refuses an array with no object in it as one bad line', async () => {
    expect(await read('[1,2,3]\n')).toEqual([{ line: 1, lastLine: 1, problem: 'expected a JSON object' }]);
  });
});
