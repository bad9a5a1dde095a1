/** What a streaming command reads from and writes to: injected, so tests pass their own streams. */
import { createReadStream } from 'node:fs';
import type { Readable, Writable } from 'node:stream';

export interface CommandIo {
  /** Opens the input; `-` means standard input. */
  open(path: string): Readable;
  out: Writable;
  err(text: string): void;
}

/** The process's own: a file or standard input, standard output, standard error. */
export function processIo(): CommandIo {
  return {
    open: (path) => (path === '-' ? process.stdin : createReadStream(path)),
    out: process.stdout,
    err: (s) => process.stderr.write(s),
  };
}
