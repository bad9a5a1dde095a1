/**
 * Turning every failure into the one error body `{ error: { code, message, status, details? } }`:
 * schema validation (with the offending field named), malformed bodies, AppErrors,
 * unknown routes, and unexpected errors (logged, reported as 500).
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';
import { AppError, type ErrorCode, type ErrorDetail, retryAfterSeconds } from '../errors/catalogue.js';
import type { Logger } from '../log/logger.js';
import { type StoreFailureKind, storeFailure } from '../store/failure.js';

const targetNames: Record<string, string> = {
  json: 'body',
  form: 'body',
  query: 'query',
  param: 'path',
  header: 'header',
  cookie: 'cookie',
};

export function zodDetails(error: ZodError, target: string): ErrorDetail[] {
  return error.issues.map((issue) => ({
    field: issue.path.length > 0 ? issue.path.map(String).join('.') : (targetNames[target] ?? target),
    problem: issue.message,
  }));
}

/** OpenAPIHono's `defaultHook`: a failed schema check becomes a 400 naming each field. */
export function validationHook(result: { target: string } & ({ success: true } | { success: false; error: ZodError })): void {
  if (!result.success) throw new AppError('invalid_request', 'The request is invalid.', zodDetails(result.error, result.target));
}

export function errorResponse(c: Context, err: AppError): Response {
  const retryAfter = retryAfterSeconds(err.code);
  if (retryAfter !== undefined) c.header('Retry-After', String(retryAfter));
  return c.json(err.toBody(), err.status as ContentfulStatusCode);
}

export const storeCodes: Record<StoreFailureKind, ErrorCode> = { busy: 'store_busy', full: 'store_full', unavailable: 'store_unavailable' };

/** A database that cannot store right now, in catalogue words (503 with Retry-After), or null for any other error. */
export function storeError(err: unknown): AppError | null {
  const failure = storeFailure(err);
  return failure ? new AppError(storeCodes[failure.kind]) : null;
}

/** Hono's own exceptions (malformed JSON, wrong media type, body limit) in our words. */
function fromHttpException(err: HTTPException): AppError {
  switch (err.status) {
    case 400:
      return new AppError('invalid_request', 'The request body is not valid JSON.', [{ field: 'body', problem: 'malformed JSON' }]);
    case 415:
      return new AppError('invalid_request', 'Send the body as JSON.', [
        { field: 'body', problem: 'expected Content-Type: application/json' },
      ]);
    case 413:
      return new AppError('payload_too_large');
    case 401:
      return new AppError('unauthenticated');
    case 403:
      return new AppError('forbidden');
    case 404:
      return new AppError('not_found');
    default:
      return new AppError('internal');
  }
}

export function createErrorHandler(logger: Logger): (err: Error, c: Context) => Response {
  return (err, c) => {
    if (err instanceof AppError) return errorResponse(c, err);
    if (err instanceof HTTPException) return errorResponse(c, fromHttpException(err));
    const store = storeError(err);
    if (store) {
      logger.warn({ err, method: c.req.method, path: c.req.path, code: store.code }, 'request failed: the database cannot store');
      return errorResponse(c, store);
    }
    logger.error({ err, method: c.req.method, path: c.req.path }, 'request failed');
    return errorResponse(c, new AppError('internal'));
  };
}

export function notFoundHandler(c: Context): Response {
  return errorResponse(c, new AppError('not_found', `No route for ${c.req.method} ${c.req.path}.`));
}
