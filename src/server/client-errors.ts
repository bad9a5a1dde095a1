/**
 * Requests Node's HTTP parser refuses before any handler runs (a URL or headers over the
 * 16 KB limit, malformed HTTP) answered in the one error shape instead of Node's empty reply.
 */
import type { Duplex } from 'node:stream';
import { AppError } from '../errors/catalogue.js';
import type { Logger } from '../log/logger.js';

const reasons: Record<number, string> = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' };

function errorFor(code: string | undefined): AppError {
  if (code === 'HPE_HEADER_OVERFLOW') return new AppError('headers_too_large');
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return new AppError('request_timeout');
  return new AppError('invalid_request', 'The request is not valid HTTP.');
}

/** The raw HTTP/1.1 response for a refused request. */
export function clientErrorResponse(code: string | undefined): string {
  const err = errorFor(code);
  const body = JSON.stringify(err.toBody());
  return [
    `HTTP/1.1 ${err.status} ${reasons[err.status] ?? 'Bad Request'}`,
    'Content-Type: application/json; charset=UTF-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'X-Content-Type-Options: nosniff',
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}

/** What we need of Node's HTTP server (the one `@hono/node-server` starts). */
export interface ParsingServer {
  on(event: 'clientError', listener: (err: NodeJS.ErrnoException, socket: Duplex) => void): unknown;
}

export function answerClientErrors(server: ParsingServer, logger: Logger): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (err.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    logger.debug({ code: err.code }, 'refused a request the HTTP parser could not take');
    socket.end(clientErrorResponse(err.code));
  });
}
