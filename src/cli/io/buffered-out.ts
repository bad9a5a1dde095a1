/** A command's standard output: small writes batched, back-pressure respected, and a quiet stop when the reader goes away (`| head`). */
import { once } from 'node:events';
import type { Writable } from 'node:stream';

export class BufferedOut {
  closed = false;
  private pending = '';

  constructor(private readonly out: Writable) {
    out.on('error', () => {
      this.closed = true;
    });
  }

  async write(s: string): Promise<void> {
    this.pending += s;
    if (this.pending.length >= 65_536) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.closed || this.pending === '') return;
    const chunk = this.pending;
    this.pending = '';
    if (!this.out.write(chunk)) await Promise.race([once(this.out, 'drain'), once(this.out, 'close'), once(this.out, 'error')]);
  }
}
