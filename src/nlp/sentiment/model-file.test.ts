/** The weights file round-trips and refuses damaged input. */
import { describe, expect, it } from 'vitest';
import { decodeModelFile, encodeModelFile, type ModelFile, quantize, quantize16 } from './model-file.js';

const file = (): ModelFile => ({
  header: {
    format: 'yuqing-sentiment-zh',
    version: 1,
    encoder: { bits: 4, charOrder: 2, wordUnigrams: true, wordBigrams: false, cues: false, position: false, sublinearTf: false },
    domains: ['a', 'b'],
    domainWeight: 1,
    scale: 0.5,
    detectorBits: 2,
    detectorScale: 0.25,
    emoticons: { 怒: -2 },
    trainedOn: { a: 1 },
  },
  weights: Int16Array.from({ length: 16 }, (_, i) => i - 8),
  detector: Int8Array.from({ length: 8 }, (_, i) => -i),
});

describe('model file', () => {
  it('round-trips header and arrays', () => {
    const back = decodeModelFile(encodeModelFile(file()));
    expect(back.header).toEqual(file().header);
    expect([...back.weights]).toEqual([...file().weights]);
    expect([...back.detector]).toEqual([...file().detector]);
  });

  it('refuses a truncated file', () => {
    const f = file();
    f.weights = f.weights.slice(0, 10);
    expect(() => decodeModelFile(encodeModelFile(f))).toThrow(/truncated/);
  });

  it('quantises with the largest magnitude at full scale', () => {
    const w = Float32Array.from([0.5, -1, 0.25]);
    expect([...quantize(w).q]).toEqual([64, -127, 32]);
    expect(quantize16(w).q[1]).toBe(-32767);
  });
});
