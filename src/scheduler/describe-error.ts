/** Any collection failure as one line of plain words for the source's health (the URL included when known). */
import { isHttpError } from '../http/index.js';

export function describeError(err: unknown): string {
  if (isHttpError(err)) {
    const where = err.url ? ` (${err.url.slice(0, 300)})` : '';
    return `${err.message}${where}`.slice(0, 1000);
  }
  if (err instanceof Error) return err.message.slice(0, 1000) || err.name;
  return String(err).slice(0, 1000);
}
