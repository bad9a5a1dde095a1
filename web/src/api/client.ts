/**
 * The one way the web app talks to the API: same-origin fetch with the session cookie,
 * JSON in and out, the CSRF token on every write, the error body turned into `ApiError`,
 * and a jump to the login page when the session is gone.
 */
import type { ErrorBody, ErrorCode, ErrorDetail } from '../../../src/errors/catalogue.js';

export const apiBase = '/api/v1';

/** Codes from the server's error catalogue, plus the two failures that never reach it. */
export type ApiErrorCode = ErrorCode | 'network_error' | 'bad_response';

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly status: number,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface ClientState {
  csrfToken: string | null;
  acceptLanguage: string;
  onUnauthorized: () => void;
}

const state: ClientState = { csrfToken: null, acceptLanguage: 'zh-CN', onUnauthorized: () => {} };

export function setCsrfToken(token: string | null): void {
  state.csrfToken = token;
}

export function setAcceptLanguage(tag: string): void {
  state.acceptLanguage = tag;
}

/** Called on any 401 except where a request opts out (the login form shows its own error). */
export function setUnauthorizedHandler(handler: () => void): void {
  state.onUnauthorized = handler;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  signal?: AbortSignal;
  /** Leave a 401 to the caller instead of going to the login page. */
  allowUnauthorized?: boolean;
}

export function apiUrl(path: string, query?: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined) params.set(name, String(value));
  }
  const qs = params.toString();
  return `${apiBase}${path}${qs ? `?${qs}` : ''}`;
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': state.acceptLanguage };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && state.csrfToken) headers['X-CSRF-Token'] = state.csrfToken;

  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (err) {
    if (options.signal?.aborted) throw err;
    throw new ApiError('network_error', err instanceof Error ? err.message : String(err), 0);
  }

  if (response.status === 401 && !options.allowUnauthorized) state.onUnauthorized();
  if (response.status === 204) return undefined as T;
  const payload = await readJson(response);
  if (response.ok) return payload as T;
  throw toApiError(response.status, payload);
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    if (response.ok) throw new ApiError('bad_response', `Expected JSON from ${response.url}`, response.status);
    return null;
  }
}

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = value.error;
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error;
}

function toApiError(status: number, payload: unknown): ApiError {
  if (isErrorBody(payload)) {
    const { code, message, details } = payload.error;
    return new ApiError(code, message, status, details ?? []);
  }
  return new ApiError('bad_response', `HTTP ${status}`, status);
}
