/** Content-Encoding decoders (gzip, deflate, brotli) as streams; size limits are enforced by the caller. */
import type { Transform } from 'node:stream';
import { constants, createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from 'node:zlib';

export type Encoding = 'gzip' | 'deflate' | 'br';

/** The encodings to undo, outermost first; null for an encoding we cannot decode. */
export function parseContentEncoding(header: string | undefined): Encoding[] | null {
  if (!header) return [];
  const out: Encoding[] = [];
  for (const token of header
    .toLowerCase()
    .split(',')
    .map((t) => t.trim())) {
    if (token === '' || token === 'identity') continue;
    if (token === 'gzip' || token === 'x-gzip') out.push('gzip');
    else if (token === 'deflate') out.push('deflate');
    else if (token === 'br') out.push('br');
    else return null;
  }
  return out.reverse();
}

// Tolerate streams cut short at the end (common on real servers): flush what arrived.
const lenient = { finishFlush: constants.Z_SYNC_FLUSH };

/**
 * One decoder stream. For deflate, `firstBytes` decides between zlib-wrapped (RFC 1950, as
 * the spec says) and raw deflate (what some servers actually send).
 */
export function createDecoder(encoding: Encoding, firstBytes: Uint8Array): Transform {
  if (encoding === 'gzip') return createGunzip(lenient);
  if (encoding === 'br') return createBrotliDecompress({ finishFlush: constants.BROTLI_OPERATION_FLUSH });
  const [a = 0, b = 0] = firstBytes;
  const zlibWrapped = (a & 0x0f) === 8 && ((a << 8) | b) % 31 === 0;
  return zlibWrapped ? createInflate(lenient) : createInflateRaw(lenient);
}
