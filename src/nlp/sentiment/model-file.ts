/** The committed weights file: a gzipped JSON header, int16 sentiment weights and int8 domain-detector weights (little-endian). */
import { gunzipSync, gzipSync } from 'node:zlib';
import type { EncoderOptions } from './encode.js';

/** Everything besides the big arrays; small enough to read as JSON. */
export interface ModelHeader {
  format: 'yuqing-sentiment-zh';
  version: 1;
  encoder: EncoderOptions;
  /** Domain block names, in block order (hotel, waimai, shopping, weibo). */
  domains: string[];
  /** The weight of a text's domain copy relative to its shared features. */
  domainWeight: number;
  /** Main weights: value = int16 × scale. */
  scale: number;
  /** Domain detector: log2 buckets and scale of its `domains.length` int8 rows. */
  detectorBits: number;
  detectorScale: number;
  /** Emoticon name → logit added per occurrence (learned from Weibo training data). */
  emoticons: Record<string, number>;
  /** Data and settings that produced the weights. */
  trainedOn: Record<string, number>;
}

export interface ModelFile {
  header: ModelHeader;
  weights: Int16Array;
  detector: Int8Array;
}

/** Quantises to int16 with one scale for the whole array (max |w| maps to 32767). */
export function quantize16(w: Float32Array): { q: Int16Array; scale: number } {
  let max = 0;
  for (const v of w) max = Math.max(max, Math.abs(v));
  const scale = max > 0 ? max / 32767 : 1;
  const q = new Int16Array(w.length);
  for (let i = 0; i < w.length; i++) q[i] = Math.round((w[i] ?? 0) / scale);
  return { q, scale };
}

/** Quantises to int8 with one scale for the whole array (max |w| maps to 127). */
export function quantize(w: Float32Array): { q: Int8Array; scale: number } {
  let max = 0;
  for (const v of w) max = Math.max(max, Math.abs(v));
  const scale = max > 0 ? max / 127 : 1;
  const q = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) q[i] = Math.round((w[i] ?? 0) / scale);
  return { q, scale };
}

export function encodeModelFile(m: ModelFile): Buffer {
  const head = Buffer.from(JSON.stringify(m.header), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length);
  return gzipSync(Buffer.concat([len, head, Buffer.from(m.weights.buffer), Buffer.from(m.detector.buffer)]), { level: 9 });
}

export function decodeModelFile(gz: Uint8Array): ModelFile {
  const raw = gunzipSync(gz);
  const n = raw.readUInt32LE(0);
  const header = JSON.parse(raw.subarray(4, 4 + n).toString('utf8')) as ModelHeader;
  if (header.format !== 'yuqing-sentiment-zh' || header.version !== 1)
    throw new Error('not a Yuqing sentiment weights file (format or version differs)');
  const size = 2 * 2 ** header.encoder.bits;
  const detSize = header.domains.length * 2 ** header.detectorBits;
  const start = 4 + n;
  if (raw.length !== start + size + detSize) throw new Error('sentiment weights file is truncated or damaged');
  const bytes = new Uint8Array(raw.buffer, raw.byteOffset, raw.length);
  const weights = new Int16Array(bytes.slice(start, start + size).buffer);
  const detector = new Int8Array(bytes.slice(start + size).buffer);
  return { header, weights, detector };
}
