/**
 * `bin/yuqing bursts --input FILE.csv` (`-` for stdin): runs the online burst detector (src/signals/) over one
 * volume series, `timestamp,value` per line (header optional, equally spaced buckets, no zone = UTC), and prints one
 * JSON line per detected spike: `{"at", "score", …}` with the window that fired, its count and expectation, and the
 * episode's start and peak so far. A bad row is reported with its line and skipped; missing buckets are said and
 * treated as unknown, not as zero. The detector sees each bucket once, in order, as it would live.
 */
import type { Readable } from 'node:stream';
import type { Command } from 'commander';
import { readLines } from '../../intake/read-lines.js';
import { type BurstSignal, createBurstDetector } from '../../signals/detector.js';
import { iso, parseSpan, SeriesReader, span } from '../../signals/series-csv.js';
import type { CliContext } from '../context.js';
import { BufferedOut } from '../io/buffered-out.js';
import { type CommandIo, processIo } from '../io/command-io.js';

interface BurstFlags {
  input: string;
  step?: string;
}

export function register(program: Command, _ctx: CliContext): void {
  program
    .command('bursts')
    .description('detect spikes in one volume series (CSV timestamp,value) and print one JSON line per spike')
    .requiredOption('--input <file>', 'CSV file, or - for stdin')
    .option('--step <span>', 'bucket spacing, e.g. 1h, 15m, 1d (default: from the first two rows)')
    .action(async (flags: BurstFlags) => {
      process.exitCode = await detectBursts(flags, processIo());
    });
}

/** Runs `bursts`; returns the exit code (0 when the input was read, even with bad rows). */
export async function detectBursts(flags: BurstFlags, io: CommandIo): Promise<number> {
  const step = flags.step === undefined ? null : parseSpan(flags.step);
  if (flags.step !== undefined && step === null) {
    io.err(`yuqing: --step must be a span like 1h, 15m or 1d, got "${flags.step}"\n`);
    return 1;
  }
  const reader = new SeriesReader(step);
  const detector = createBurstDetector();
  let state: ReturnType<typeof detector.initial> | null = null;
  let first: { at: number; value: number } | null = null;
  const out = new BufferedOut(io.out);
  let bad = 0;
  const complain = (line: number, problem: string) => {
    bad++;
    io.err(`line ${line}: ${problem}\n`);
  };
  try {
    for await (const l of readLines(bytesOf(io.open(flags.input)))) {
      if (out.closed) break;
      if ('problem' in l) {
        complain(l.line, l.problem);
        continue;
      }
      const row = reader.read(l.line, l.text);
      if (row === null || 'header' in row) continue;
      if ('problem' in row) {
        complain(row.line, row.problem);
        continue;
      }
      if (row.missing > 0)
        io.err(
          `line ${row.line}: ${row.missing} bucket${row.missing === 1 ? '' : 's'} missing before ${iso(row.at)}; taken as unknown, not zero\n`,
        );
      if (state === null) {
        // The spacing is known from the second row (or --step); the first row waits for it.
        if (reader.stepMs === null) {
          first = row;
          continue;
        }
        state = detector.initial(reader.stepMs);
        io.err(
          `yuqing: buckets of ${span(reader.stepMs)}; no spike is reported in the first ${span(detector.options.silentMs)} of history, and the threshold is raised until ${span(detector.options.cautiousMs)} (the weekly pattern is not known yet)\n`,
        );
        if (first) state = detector.step(state, first).state;
      }
      const r = detector.step(state, row);
      state = r.state;
      if (r.signal) await out.write(`${JSON.stringify(present(r.signal))}\n`);
    }
  } catch (err) {
    io.err(`yuqing: cannot read ${flags.input}: ${err instanceof Error ? err.message : String(err)}\n`);
    await out.flush();
    return 1;
  }
  await out.flush();
  if (state === null) io.err('yuqing: fewer than two rows: no spacing, nothing to detect\n');
  if (bad > 0) io.err(`yuqing: ${bad} bad row${bad === 1 ? '' : 's'} skipped\n`);
  return 0;
}

function present(s: BurstSignal): object {
  return {
    at: iso(s.at),
    score: s.score,
    window: s.window,
    count: s.count,
    expected: s.expected,
    start: iso(s.start),
    peakAt: iso(s.peakAt),
    peak: s.peak,
    ...(s.warmingUp ? { warmingUp: true } : {}),
  };
}

/** A stream's chunks as bytes (a stream built from strings yields text). */
async function* bytesOf(input: Readable): AsyncGenerator<Uint8Array> {
  for await (const chunk of input as AsyncIterable<Uint8Array | string>) yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
}
