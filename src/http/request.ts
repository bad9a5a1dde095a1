/** One HTTP exchange on a pinned address: connect/idle/total timers, streamed body with raw and decoded size limits. */
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction, Socket } from 'node:net';
import type { Transform } from 'node:stream';
import { createDecoder, parseContentEncoding } from './decompress.js';
import { formatBytes, HttpError } from './errors.js';
import type { PinnedTarget } from './guard.js';

export interface HopRequest {
  url: URL;
  target: PinnedTarget;
  method: 'GET' | 'HEAD';
  headers: Record<string, string>;
  connectTimeoutMs: number;
  idleTimeoutMs: number;
  /** Time left before the whole fetch's deadline, and the deadline's size (for the message). */
  remainingMs: number;
  totalTimeoutMs: number;
  maxBodyBytes: number;
  maxDecodedBytes: number;
  /** Whether a response with this status has a body worth reading (others are closed at once). */
  wantsBody: (status: number) => boolean;
  signal?: AbortSignal;
}

export interface HopResponse {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  body: Buffer;
}

const retryableNetCodes = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'ECONNABORTED', 'EHOSTUNREACH', 'ENETUNREACH']);

function netError(err: NodeJS.ErrnoException, href: string): HttpError {
  const code = err.code ?? '';
  const retryable = retryableNetCodes.has(code);
  let message = `connection failed (${code || err.message})`;
  if (code === 'ECONNREFUSED') message = 'connection refused';
  else if (code === 'ECONNRESET') message = 'connection reset by the server';
  else if (code.startsWith('HPE_')) message = `invalid HTTP response (${err.message})`;
  else if (code.startsWith('ERR_SSL') || code.includes('CERT') || code === 'EPROTO') message = `TLS failed (${err.message})`;
  return new HttpError('connection_failed', message, { url: href, retryable, cause: err });
}

function flatten(headers: IncomingMessage['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

export function requestOnce(hop: HopRequest): Promise<HopResponse> {
  const { url, target } = hop;
  const href = url.href;
  const secure = url.protocol === 'https:';
  return new Promise<HopResponse>((resolve, reject) => {
    let settled = false;
    let idle: NodeJS.Timeout | undefined;
    let res: IncomingMessage | undefined;
    let decoder: Transform | undefined;
    let gotHeaders = false;

    const fail = (err: HttpError) => {
      if (settled) return;
      settled = true;
      cleanup();
      decoder?.destroy();
      res?.destroy();
      req.destroy();
      reject(err);
    };
    const done = (r: HopResponse) => {
      if (settled) return;
      settled = true;
      cleanup();
      resolve(r);
    };
    const armIdle = () => {
      clearTimeout(idle);
      idle = setTimeout(() => {
        const what = gotHeaders ? 'body stalled: no data' : 'no response';
        fail(new HttpError('idle_timeout', `${what} for ${hop.idleTimeoutMs} ms from ${target.host}`, { url: href }));
      }, hop.idleTimeoutMs);
    };
    const connectTimer = setTimeout(() => {
      fail(
        new HttpError('connect_timeout', `could not connect to ${target.host} within ${hop.connectTimeoutMs} ms`, {
          url: href,
          retryable: true,
        }),
      );
    }, hop.connectTimeoutMs);
    const totalTimer = setTimeout(
      () => {
        fail(new HttpError('total_timeout', `request took longer than ${hop.totalTimeoutMs} ms`, { url: href }));
      },
      Math.max(0, hop.remainingMs),
    );
    const onAbort = () => fail(new HttpError('aborted', 'request cancelled', { url: href }));
    const cleanup = () => {
      clearTimeout(connectTimer);
      clearTimeout(totalTimer);
      clearTimeout(idle);
      hop.signal?.removeEventListener('abort', onAbort);
    };

    // Connect to the address the guard checked, whatever DNS says now; Host and SNI keep the name.
    const lookup: LookupFunction = (_host, options, callback) => {
      if (options.all) callback(null, [{ address: target.address, family: target.family }]);
      else callback(null, target.address, target.family);
    };
    const isLiteral = target.host === target.address || target.host.includes(':');
    const req = (secure ? https : http).request({
      protocol: url.protocol,
      hostname: target.host,
      port: url.port || (secure ? 443 : 80),
      path: `${url.pathname}${url.search}`,
      method: hop.method,
      headers: { ...hop.headers, host: url.host },
      agent: false,
      lookup,
      ...(secure && !isLiteral ? { servername: target.host } : {}),
    });
    req.on('error', (err: NodeJS.ErrnoException) => fail(netError(err, href)));
    req.on('socket', (socket: Socket) => {
      socket.once(secure ? 'secureConnect' : 'connect', () => {
        clearTimeout(connectTimer);
        armIdle();
      });
    });
    req.on('response', (response) => {
      res = response;
      gotHeaders = true;
      armIdle();
      response.on('error', (err: NodeJS.ErrnoException) => fail(netError(err, href)));
      const status = response.statusCode ?? 0;
      const head = { status, statusText: response.statusMessage ?? '', headers: flatten(response.headers) };
      if (hop.method === 'HEAD' || !hop.wantsBody(status)) {
        done({ ...head, body: Buffer.alloc(0) });
        response.destroy();
        return;
      }
      readBody(response, head);
    });
    if (hop.signal?.aborted) onAbort();
    else hop.signal?.addEventListener('abort', onAbort, { once: true });
    req.end();

    function readBody(response: IncomingMessage, head: Omit<HopResponse, 'body'>) {
      const limit = formatBytes(hop.maxBodyBytes);
      const declared = Number(head.headers['content-length']);
      if (Number.isFinite(declared) && declared > hop.maxBodyBytes) {
        return fail(new HttpError('body_too_large', `body exceeds ${limit} (server announced ${formatBytes(declared)})`, { url: href }));
      }
      const encodings = parseContentEncoding(head.headers['content-encoding']);
      if (encodings === null || encodings.length > 1) {
        const got = head.headers['content-encoding'] ?? '';
        return fail(new HttpError('bad_content_encoding', `unsupported Content-Encoding: ${got}`, { url: href }));
      }
      const chunks: Buffer[] = [];
      let raw = 0;
      let decoded = 0;
      const finish = () => done({ ...head, body: Buffer.concat(chunks, decoded) });
      const take = (chunk: Buffer) => {
        decoded += chunk.length;
        if (encodings.length > 0 && decoded > hop.maxDecodedBytes) {
          const msg = `decompressed body exceeds ${formatBytes(hop.maxDecodedBytes)} (from ${formatBytes(raw)} compressed)`;
          return fail(new HttpError('decoded_too_large', msg, { url: href }));
        }
        chunks.push(chunk);
      };
      response.on('data', (chunk: Buffer) => {
        if (settled) return;
        armIdle();
        raw += chunk.length;
        if (raw > hop.maxBodyBytes) return fail(new HttpError('body_too_large', `body exceeds ${limit}`, { url: href }));
        const [encoding] = encodings;
        if (!encoding) return take(chunk);
        if (!decoder) {
          decoder = createDecoder(encoding, chunk);
          decoder.on('data', take);
          decoder.on('end', finish);
          decoder.on('error', (err) => {
            fail(new HttpError('bad_content_encoding', `cannot decode ${encoding} body (${err.message})`, { url: href, cause: err }));
          });
        }
        if (!decoder.write(chunk)) {
          response.pause();
          decoder.once('drain', () => response.resume());
        }
      });
      response.on('end', () => (decoder ? decoder.end() : finish()));
      response.on('close', () => {
        if (!response.complete) {
          fail(new HttpError('connection_failed', 'connection closed before the body was complete', { url: href, retryable: true }));
        }
      });
    }
  });
}
