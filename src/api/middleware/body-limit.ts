/** Refuses request bodies over `config.maxBodyBytes` with 413 in the common error shape. */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../../errors/catalogue.js';
import { errorResponse } from '../errors.js';

export function limitBody(maxBytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) => errorResponse(c, new AppError('payload_too_large', `The request body is larger than ${maxBytes} bytes.`)),
  });
}
