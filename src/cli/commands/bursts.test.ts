/** `bin/yuqing bursts`: one JSON line per spike, bad rows named by line and skipped, header optional, zone-less times as UTC. */
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../domain/random.js';
import { poisson } from '../../signals/testkit/sample.js';
import { jsonLines, runCli } from '../../testing/cli.js';
import { detectBursts } from './bursts.js';

const HOUR = 3_600_000;
const start = Date.UTC(2026, 2, 2);
const stamp = (h: number) => new Date(start + h * HOUR).toISOString().slice(0, 19).replace('T', ' ');

/** Two weeks of about 20 mentions an hour with one hour of 150 on day 10. */
function series(): string[] {
  const r = seededRandom(2);
  return Array.from({ length: 24 * 14 }, (_, h) => `${stamp(h)},${h === 245 ? 150 : poisson(r, 20)}`);
}

async function run(text: string, flags: { step?: string } = {}) {
  const out = new PassThrough();
  const chunks: string[] = [];
  out.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  const errs: string[] = [];
  const code = await detectBursts({ input: '-', ...flags }, { open: () => Readable.from([text]), out, err: (s) => errs.push(s) });
  return { code, lines: jsonLines(chunks.join('').split('\n')), err: errs.join('') };
}

describe('bursts command', () => {
  it('prints the spike of a series without header or zone, at its UTC bucket', async () => {
    const { code, lines } = await run(`${series().join('\n')}\n`);
    expect(code).toBe(0);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ at: new Date(start + 245 * HOUR).toISOString().replace('.000Z', 'Z'), count: 150 });
    expect(lines[0]?.score).toBeGreaterThan(4);
  });

  it('names bad rows by line and goes on; says when buckets are missing', async () => {
    const rows = series();
    rows.splice(100, 0, 'yesterday,3', `${stamp(99).replace(':00:00', ':30:00')},3`, `${stamp(99)},-2`, `${stamp(99)},many`);
    rows.splice(200, 3);
    const { code, lines, err } = await run(`timestamp,value\n${rows.join('\n')}\n`);
    expect(code).toBe(0);
    expect(err).toContain('line 102: not an ISO 8601 timestamp: "yesterday"');
    expect(err).toContain('line 103: uneven spacing');
    expect(err).toContain('line 104: value is negative');
    expect(err).toContain('line 105: value is not a number: "many"');
    expect(err).toMatch(/line 202: 3 buckets missing before .*unknown, not zero/);
    expect(err).toContain('4 bad rows skipped');
    expect(lines.map((l) => l.count)).toEqual([150]);
  });

  it('refuses a bad --step, and runs as a real command over a file', async () => {
    expect((await run('', { step: 'often' })).code).toBe(1);
    const cli = await runCli(['bursts', '--input', 'src/signals/testdata/demo-crisis.csv'], { ...process.env, YUQING_LOG_LEVEL: 'error' });
    expect(cli.code).toBe(0);
    const spikes = jsonLines(cli.stdout.split('\n'));
    expect(spikes.some((s) => s.at === '2026-09-30T09:00:00Z')).toBe(true);
  }, 60_000);
});
