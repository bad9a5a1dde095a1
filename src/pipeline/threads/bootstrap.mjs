// Starts an analysis thread: registers tsx (the sources are TypeScript, in `bin/yuqing` and under vitest alike),
// then loads the thread's module named in workerData.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
