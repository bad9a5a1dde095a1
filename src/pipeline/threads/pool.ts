/**
 * A small pool of analysis threads. Each workspace's drafts are split into parts of about equal text length and every
 * part is posted at once to the thread with the least text outstanding, so the threads keep working while the main
 * thread is busy storing (it need not answer one part before a thread gets the next). A thread gets a workspace's
 * inputs once per version and keeps what it built from them. A thread that dies is replaced and the part it was on is
 * tried again in halves (the parts queued behind it again whole), so an item that kills a thread fails alone (the
 * inbox's attempt rule retries it) and none is lost. If a thread cannot even start, the pool runs everything inline
 * from then on and says so in the log.
 */
import type { Worker } from 'node:worker_threads';
import type { MentionDraft } from '../../domain/mention.js';
import type { Logger } from '../../log/logger.js';
import { type AnalysisJob, type AnalysisRunner, inlineAnalysis } from '../analysis-runner.js';
import type { Analyzed } from '../run-stages.js';
import type { RunMessage, ThreadMessage } from './protocol.js';
import { startModuleThread } from './spawn.js';

const ENTRY = new URL('./analysis-thread.ts', import.meta.url);
const PARTS_PER_THREAD = 2;
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
  /** Characters of text and title: what the part costs to analyse, roughly. */
  weight: number;
  resolve(results: Analyzed[]): void;
}

interface Slot {
  worker: Worker;
  /** The version of each workspace's inputs the thread holds once it has read what was posted to it. */
  known: Map<number, string>;
  /** Posted and not answered yet, in order: the thread answers them in that order, the first is the one it is on. */
  tasks: Task[];
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
      tasks: [],
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
        const task = slot.tasks.shift();
        if (task && m.holds === null) slot.known.delete(task.job.workspaceId);
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
    const [task, ...behind] = slot.tasks.splice(0);
    if (closed || broken) {
      for (const t of [task, ...behind]) if (t) runInline(t);
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
        for (const t of other.tasks.splice(0)) runInline(t);
      }
      for (const t of [task, ...behind]) if (t) runInline(t);
      for (const queued of queue.splice(0)) runInline(queued);
      return;
    }
    opts.logger.warn({ reason, drafts: task?.job.drafts.length ?? 0 }, 'analysis thread stopped; starting another');
    slots[slots.indexOf(slot)] = spawn();
    queue.unshift(...behind);
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

  /** Every queued part goes out now, each to the live thread with the least text outstanding. */
  function pump(): void {
    while (queue.length > 0) {
      const live = slots.filter((s) => s.started && !s.gone);
      if (live.length === 0) return;
      const least = live.reduce((a, b) => (outstanding(b) < outstanding(a) ? b : a));
      send(least, queue.shift() as Task);
    }
  }

  const outstanding = (slot: Slot) => slot.tasks.reduce((n, t) => n + t.weight, 0);

  function send(slot: Slot, task: Task): void {
    const { workspaceId, versioned, now, drafts } = task.job;
    const message: RunMessage = { job: ++jobs, workspaceId, version: versioned.version, now, drafts };
    if (slot.known.get(workspaceId) !== versioned.version) message.inputs = versioned.inputs;
    try {
      slot.worker.postMessage(message);
      slot.tasks.push(task);
      slot.known.set(workspaceId, versioned.version);
    } catch (err) {
      const error = `the drafts could not be sent to an analysis thread: ${err instanceof Error ? err.message : String(err)}`;
      task.resolve(drafts.map(() => ({ error })));
    }
  }

  function submit(job: AnalysisJob, first = false): Promise<Analyzed[]> {
    if (broken || closed) return inline.analyze(job);
    return new Promise((resolve) => {
      const task = { job, weight: weightOf(job.drafts), resolve };
      if (first) queue.unshift(task);
      else queue.push(task);
      pump();
    });
  }

  return {
    size: opts.threads,
    async analyze(job) {
      if (job.drafts.length === 0) return [];
      const parts = splitByWeight(job.drafts, PARTS_PER_THREAD * Math.max(1, slots.length), MIN_PART);
      return (await Promise.all(parts.map((drafts) => submit({ ...job, drafts })))).flat();
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

function weightOf(drafts: readonly MentionDraft[]): number {
  let n = 0;
  for (const d of drafts) n += d.text.length + d.title.length + 1;
  return n;
}

/** At most `count` runs of consecutive drafts of about equal weight, each of `min` drafts or more (but the last). */
export function splitByWeight(drafts: MentionDraft[], count: number, min: number): MentionDraft[][] {
  const parts = Math.max(1, Math.min(count, Math.floor(drafts.length / min)));
  const share = weightOf(drafts) / parts;
  const out: MentionDraft[][] = [];
  let from = 0;
  let weight = 0;
  drafts.forEach((d, i) => {
    weight += d.text.length + d.title.length + 1;
    if (out.length < parts - 1 && weight >= share * (out.length + 1) && i + 1 - from >= min) {
      out.push(drafts.slice(from, i + 1));
      from = i + 1;
    }
  });
  if (from < drafts.length) out.push(drafts.slice(from));
  return out;
}
