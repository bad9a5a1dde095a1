/**
 * A small pool of analysis threads. Each workspace's drafts are split across the threads; a thread gets a workspace's
 * inputs once per version and keeps what it built from them. A thread that dies is replaced and its drafts are tried
 * again in halves, so an item that kills a thread fails alone (the inbox's attempt rule retries it) and none is lost.
 * If a thread cannot even start, the pool runs everything inline from then on and says so in the log.
 */
import type { Worker } from 'node:worker_threads';
import type { Logger } from '../../log/logger.js';
import { type AnalysisJob, type AnalysisRunner, inlineAnalysis } from '../analysis-runner.js';
import type { Analyzed } from '../run-stages.js';
import type { RunMessage, ThreadMessage } from './protocol.js';
import { startModuleThread } from './spawn.js';

const ENTRY = new URL('./analysis-thread.ts', import.meta.url);
const PARTS_PER_THREAD = 4;
const MIN_PART = 16;

export interface AnalysisPoolOptions {
  threads: number;
  logger: Logger;
  /** The thread's module (one that calls `serveAnalysis`); tests pass one with a stage of their own. */
  entry?: URL;
}

export interface AnalysisPool extends AnalysisRunner {
  readonly size: number;
}

interface Task {
  job: AnalysisJob;
  resolve(results: Analyzed[]): void;
}

interface Slot {
  worker: Worker;
  /** The version of each workspace's inputs the thread holds. */
  known: Map<number, string>;
  task: Task | null;
  started: boolean;
  gone: boolean;
  ready: Promise<void>;
  markReady(): void;
}

export function createAnalysisPool(opts: AnalysisPoolOptions): AnalysisPool {
  if (!Number.isInteger(opts.threads) || opts.threads < 1) throw new Error(`an analysis pool needs 1 thread or more, got ${opts.threads}`);
  const entry = opts.entry ?? ENTRY;
  const inline = inlineAnalysis();
  const queue: Task[] = [];
  let closed = false;
  let broken = false;
  let jobs = 0;

  const spawn = (): Slot => {
    let markReady = () => {};
    const ready = new Promise<void>((resolve) => {
      markReady = resolve;
    });
    const slot: Slot = {
      worker: startModuleThread(entry),
      known: new Map(),
      task: null,
      started: false,
      gone: false,
      ready,
      markReady,
    };
    slot.worker.on('message', (m: ThreadMessage) => {
      if (m.type === 'ready') {
        slot.started = true;
        slot.markReady();
      } else {
        const task = slot.task;
        slot.task = null;
        if (task && m.holds !== null) slot.known.set(task.job.workspaceId, m.holds);
        else if (task) slot.known.delete(task.job.workspaceId);
        task?.resolve(m.results);
      }
      pump();
    });
    slot.worker.on('error', (err: Error) => gone(slot, err.message));
    slot.worker.on('exit', (code) => gone(slot, `exit code ${code}`));
    return slot;
  };
  const slots: Slot[] = Array.from({ length: opts.threads }, spawn);

  const runInline = (task: Task) => void inline.analyze(task.job).then(task.resolve);

  function gone(slot: Slot, reason: string): void {
    if (slot.gone) return;
    slot.gone = true;
    slot.markReady();
    const task = slot.task;
    slot.task = null;
    if (closed || broken) {
      if (task) runInline(task);
      return;
    }
    void slot.worker.terminate();
    if (!slot.started) {
      broken = true;
      opts.logger.error({ reason }, 'analysis threads cannot start; analysing in the main thread');
      for (const other of slots.splice(0)) {
        other.gone = true;
        other.markReady();
        void other.worker.terminate();
        if (other.task) runInline(other.task);
      }
      if (task) runInline(task);
      for (const queued of queue.splice(0)) runInline(queued);
      return;
    }
    opts.logger.warn({ reason, drafts: task?.job.drafts.length ?? 0 }, 'analysis thread stopped; starting another');
    slots[slots.indexOf(slot)] = spawn();
    if (task) retry(task, reason);
    pump();
  }

  function retry(task: Task, reason: string): void {
    const { drafts } = task.job;
    if (drafts.length <= 1) {
      task.resolve(drafts.map(() => ({ error: `the analysis thread stopped (${reason}) while analysing this item` })));
      return;
    }
    const half = Math.ceil(drafts.length / 2);
    const second = submit({ ...task.job, drafts: drafts.slice(half) }, true);
    const first = submit({ ...task.job, drafts: drafts.slice(0, half) }, true);
    void Promise.all([first, second]).then(([a, b]) => task.resolve([...a, ...b]));
  }

  function pump(): void {
    for (const slot of slots) {
      if (queue.length === 0) return;
      if (!slot.started || slot.gone || slot.task) continue;
      send(slot, queue.shift() as Task);
    }
  }

  function send(slot: Slot, task: Task): void {
    const { workspaceId, versioned, now, drafts } = task.job;
    const message: RunMessage = { job: ++jobs, workspaceId, version: versioned.version, now, drafts };
    if (slot.known.get(workspaceId) !== versioned.version) message.inputs = versioned.inputs;
    slot.task = task;
    try {
      slot.worker.postMessage(message);
    } catch (err) {
      slot.task = null;
      const error = `the drafts could not be sent to an analysis thread: ${err instanceof Error ? err.message : String(err)}`;
      task.resolve(drafts.map(() => ({ error })));
    }
  }

  function submit(job: AnalysisJob, first = false): Promise<Analyzed[]> {
    if (broken || closed) return inline.analyze(job);
    return new Promise((resolve) => {
      if (first) queue.unshift({ job, resolve });
      else queue.push({ job, resolve });
      pump();
    });
  }

  return {
    size: opts.threads,
    async analyze(job) {
      const n = job.drafts.length;
      if (n === 0) return [];
      // Several parts per thread, taken by whichever thread is free: a thread the machine slows down holds up less.
      const size = Math.max(MIN_PART, Math.ceil(n / (PARTS_PER_THREAD * Math.max(1, slots.length))));
      const parts: Promise<Analyzed[]>[] = [];
      for (let at = 0; at < n; at += size) parts.push(submit({ ...job, drafts: job.drafts.slice(at, at + size) }));
      return (await Promise.all(parts)).flat();
    },
    async ready() {
      await Promise.all(slots.map((s) => s.ready));
    },
    async close() {
      closed = true;
      await Promise.all(slots.splice(0).map((s) => s.worker.terminate()));
      for (const queued of queue.splice(0)) runInline(queued);
    },
  };
}
