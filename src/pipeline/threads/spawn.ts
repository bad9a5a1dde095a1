/**
 * Starting a worker thread on one of our TypeScript modules: the thread runs `bootstrap.mjs`, which registers tsx
 * (Node 20 threads do not inherit it) and then imports `entry`. `data` reaches the module as `workerData`, beside `entry`.
 */
import { Worker } from 'node:worker_threads';
import type { ThreadData } from './protocol.js';

const BOOTSTRAP = new URL('./bootstrap.mjs', import.meta.url);

export function startModuleThread<T extends object>(entry: URL, data?: T): Worker {
  const workerData: ThreadData & T = { ...(data ?? ({} as T)), entry: entry.href };
  return new Worker(BOOTSTRAP, { workerData });
}
