/** The pipeline thread's stall guard: a thread that stops reporting is marked stalled and logged, and recovers when it reports again. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureLog } from '../pipeline/testkit/seed.js';
import { testSettings } from '../testing/backends.js';
import { type EmbeddedWorker, startPipelineThread } from './pipeline-thread.js';

describe('pipeline thread stall guard', () => {
  let worker: EmbeddedWorker | undefined;
  afterEach(async () => {
    await worker?.stop();
    worker = undefined;
  });

  it('marks a silent thread stalled, logs it once, and counts it running again when it reports', async () => {
    const log = captureLog();
    worker = startPipelineThread({
      config: testSettings,
      logger: log.logger,
      entry: new URL('./testkit/silent-pipeline-thread.ts', import.meta.url),
      stallMs: 150,
    });
    const w = worker;
    await vi.waitFor(() => expect(w.state()).toBe('stalled'), { timeout: 10_000, interval: 20 });
    const stalls = () => log.lines.filter((l) => String(l.msg).startsWith('pipeline thread stalled'));
    expect(stalls()).toHaveLength(1);
    expect(Number(stalls()[0]?.silentMs)).toBeGreaterThanOrEqual(150);

    w.wake();
    await vi.waitFor(() => expect(w.state()).toBe('running'), { timeout: 10_000, interval: 5 });
    expect(log.lines.some((l) => l.msg === 'pipeline thread reports again after a stall')).toBe(true);

    await w.stop();
    expect(w.state()).toBe('stopped');
  });
});
