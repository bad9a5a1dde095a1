/** Any collection failure as one line of plain words for the source's health (the URL included when known). */
import { isHttpError } from '../http/index.js';
import type { Logger } from '../log/logger.js';

export function describeError(err: unknown): string {
  if (isHttpError(err)) {
    const where = err.url ? ` (${err.url.slice(0, 300)})` : '';
    return `${err.message}${where}`.slice(0, 1000);
  }
  if (err instanceof Error) return err.message.slice(0, 1000) || err.name;
  return String(err).slice(0, 1000);
}

/** Logs the address a refused host name resolved to: the server's log has it, the caller's message does not. */
export function logRefusedAddress(logger: Logger, err: unknown): void {
  if (isHttpError(err) && err.code === 'blocked_address' && err.address !== undefined) {
    logger.warn({ url: err.url, address: err.address }, 'refused to fetch a blocked address');
  }
}
