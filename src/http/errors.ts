/** Typed errors of the outbound HTTP client: a stable code, a plain message, and whether a retry may help. */

export type HttpErrorCode =
  | 'invalid_url'
  | 'blocked_address'
  | 'dns_failed'
  | 'connect_timeout'
  | 'idle_timeout'
  | 'total_timeout'
  | 'connection_failed'
  | 'body_too_large'
  | 'decoded_too_large'
  | 'bad_content_encoding'
  | 'too_many_redirects'
  | 'redirect_loop'
  | 'http_status'
  | 'aborted';

export interface HttpErrorInfo {
  url?: string;
  status?: number;
  retryable?: boolean;
  /** Server's Retry-After in milliseconds, when it sent one. */
  retryAfterMs?: number;
  cause?: unknown;
  /** The refused address behind a host name: for the server's log, never for a message a caller sees. */
  address?: string;
}

export class HttpError extends Error {
  override readonly name = 'HttpError';
  readonly url: string | undefined;
  readonly status: number | undefined;
  readonly retryable: boolean;
  readonly retryAfterMs: number | undefined;
  readonly address: string | undefined;
  constructor(
    readonly code: HttpErrorCode,
    message: string,
    info: HttpErrorInfo = {},
  ) {
    super(message, info.cause === undefined ? undefined : { cause: info.cause });
    this.url = info.url;
    this.status = info.status;
    this.retryable = info.retryable ?? false;
    this.retryAfterMs = info.retryAfterMs;
    this.address = info.address;
  }
}

export function isHttpError(err: unknown): err is HttpError {
  return err instanceof HttpError;
}

/** `5 MB`, `512 KB`, `1.5 MB`: sizes as a person reads them in an error message. */
export function formatBytes(n: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  const shown = Number.isInteger(v) ? String(v) : v.toFixed(1).replace(/\.0$/, '');
  return `${shown} ${units[i]}`;
}
