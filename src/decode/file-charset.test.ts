/** Choosing a streamed file's charset from its first bytes. */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { fileCharset } from './file-charset.js';

const text = 'source,text\nweibo,星澜电器的电暖器用了两天就过热，客服说可以换新，退换挺快\n';
const bytes = (s: string, charset: string) => new Uint8Array(iconv.encode(s, charset));

describe('fileCharset', () => {
  it('takes a BOM first, and UTF-16 without one from its zero bytes', () => {
    expect(fileCharset(new Uint8Array([0xff, 0xfe, ...bytes(text, 'utf-16le')]))).toEqual({
      charset: 'utf-16le',
      evidence: 'bom',
      bomLength: 2,
    });
    expect(fileCharset(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(text, 'utf-8')]))).toMatchObject({ charset: 'utf-8', bomLength: 3 });
    expect(fileCharset(bytes(text, 'utf-16le'))).toMatchObject({ charset: 'utf-16le', evidence: 'utf16-zeros' });
    expect(fileCharset(bytes(text, 'utf-16be'))).toMatchObject({ charset: 'utf-16be', evidence: 'utf16-zeros' });
  });

  it('keeps UTF-8 with a stray bad byte as UTF-8 (the bad line is reported, not guessed around)', () => {
    const b = bytes(text, 'utf-8');
    const damaged = new Uint8Array([...b.subarray(0, 30), 0xff, ...b.subarray(30)]);
    expect(fileCharset(damaged)).toMatchObject({ charset: 'utf-8', evidence: 'utf8' });
  });

  it('does not count a character cut at the end of the head as a bad byte', () => {
    const b = bytes(`${'source,text\nweibo,ok\n'.repeat(20)}weibo,星`, 'utf-8');
    expect(fileCharset(b.subarray(0, b.length - 1))).toMatchObject({ charset: 'utf-8', evidence: 'utf8' });
  });

  it('sniffs GBK as GB18030 and Big5 as Big5-HKSCS', () => {
    expect(fileCharset(bytes(text, 'gbk'))).toMatchObject({ charset: 'gb18030', evidence: 'sniffed' });
    expect(
      fileCharset(bytes('source,text\nweibo,據報導，該公司今日發表聲明，表示將全面調查產品問題，並向受影響的消費者致歉。\n', 'big5')),
    ).toMatchObject({
      charset: 'big5-hkscs',
    });
  });
});
