/** A pipeline thread for the stall test: says it runs, then reports only when woken, and ends when told to stop. */
import { parentPort } from 'node:worker_threads';
import type { FromThread, ToThread } from '../pipeline-thread.js';

const port = parentPort;
if (!port) throw new Error('silent-pipeline-thread runs only as a worker thread');
const post = (message: FromThread) => port.postMessage(message);
port.on('message', (message: ToThread) => {
  if (message.type === 'wake') post({ type: 'beat' });
  else if (message.type === 'stop') {
    post({ type: 'stopped' });
    port.close();
  }
});
post({ type: 'running' });
