/** Opaque keyset cursors: a few integers, base64url-encoded; a bad one is a 400 naming `cursor`. */
import { AppError } from '../errors/catalogue.js';

/** Any integer a bigint column can hold round-trips, so a page after an odd stored value still has a next page. */
export function encodeCursor(parts: readonly number[]): string {
  return Buffer.from(parts.map((n) => (Number.isFinite(n) ? BigInt(Math.trunc(n)).toString() : '0')).join('.')).toString('base64url');
}

export function decodeCursor(cursor: string, length: number): number[] {
  const parts = Buffer.from(cursor, 'base64url').toString('utf8').split('.');
  const nums = parts.map((p) => (/^-?\d{1,19}$/.test(p) ? Number(p) : Number.NaN));
  if (nums.length !== length || nums.some((n) => !Number.isInteger(n))) {
    throw new AppError('invalid_request', 'The cursor is not one this server gave out.', [
      { field: 'cursor', problem: 'unknown cursor; pass the nextCursor of the previous page' },
    ]);
  }
  return nums;
}
