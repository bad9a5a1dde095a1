/** Test helper: a real node:http server on 127.0.0.1 (port 0) that records requests and closes every socket on stop. */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TestServer {
  /** `http://127.0.0.1:PORT` + path. */
  url(path?: string): string;
  port: number;
  /** Requests seen, in order. */
  requests: IncomingMessage[];
  close(): Promise<void>;
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export async function startTestServer(handler: Handler, host = '127.0.0.1'): Promise<TestServer> {
  const requests: IncomingMessage[] = [];
  const server = http.createServer((req, res) => {
    requests.push(req);
    res.on('error', () => {});
    req.on('error', () => {});
    handler(req, res);
  });
  server.on('clientError', (_err, socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    requests,
    url: (path = '/') => `http://${host}:${port}${path}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Writes `total` bytes of filler in `chunk`-sized pieces, respecting backpressure, until done or the client leaves. */
export function streamFiller(res: ServerResponse, total: number, chunk = 64 * 1024): { written: () => number } {
  let written = 0;
  const piece = Buffer.alloc(chunk, 0x61);
  const pump = () => {
    while (written < total && !res.destroyed) {
      const n = Math.min(chunk, total - written);
      written += n;
      if (!res.write(n === chunk ? piece : piece.subarray(0, n))) {
        res.once('drain', pump);
        return;
      }
    }
    if (written >= total) res.end();
  };
  pump();
  return { written: () => written };
}
