/** Charset decoding (shared by collection and file import): declared, sniffed and wrongly labelled GBK, GB18030, Big5 and UTF-8 documents. */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { normalizeCharset } from './charset.js';
import { decodeBytes } from './decode.js';

const news = '某电器公司回应电暖器起火事件：已成立专项调查组，将于本周内公布检测结果。消费者可拨打客服热线咨询退换货事宜。';
// 镕 and 堃 are in GBK but not GB2312; © and 𠮷 exist only in GB18030 (four-byte sequences).
const gbkOnly = '朱镕基 王堃';
const gb18030Only = '版权所有 © 2026 𠮷野家';
const traditional = '據報導，該公司今日發表聲明，表示將全面調查產品問題，並向受影響的消費者致歉。';
// 啱 and 邨 are Hong Kong characters found in Big5-HKSCS but not plain Big5.
const hongKong = '佢哋話啱啱喺屋邨見到';

const enc = (text: string, charset: string) => new Uint8Array(iconv.encode(text, charset));
const html = (charsetDecl: string, body: string) =>
  `<!DOCTYPE html><html><head><meta charset="${charsetDecl}"><title>新闻</title></head><body><p>${body}</p></body></html>`;
const xml = (charsetDecl: string, body: string) =>
  `<?xml version="1.0" encoding="${charsetDecl}"?><rss version="2.0"><channel><title>${body}</title></channel></rss>`;

describe('declared charsets', () => {
  it('decodes a GB2312-declared page that uses GBK characters, as gb18030', () => {
    const d = decodeBytes(enc(html('gb2312', `${news}${gbkOnly}`), 'gbk'));
    expect(d.text).toContain(`${news}${gbkOnly}`);
    expect(d).toMatchObject({ charset: 'gb18030', evidence: 'meta', declared: 'gb2312' });
  });

  it('decodes GB18030 four-byte characters', () => {
    const d = decodeBytes(enc(xml('GB18030', gb18030Only), 'gb18030'));
    expect(d.text).toContain(gb18030Only);
    expect(d.evidence).toBe('xml-declaration');
  });

  it('decodes a Big5 feed as Big5-HKSCS, Hong Kong characters included', () => {
    const d = decodeBytes(enc(xml('big5', `${traditional}${hongKong}`), 'big5-hkscs'));
    expect(d.text).toContain(`${traditional}${hongKong}`);
    expect(d.charset).toBe('big5-hkscs');
  });

  it('prefers the HTTP header over the document', () => {
    const d = decodeBytes(enc(`<p>${news}</p>`, 'gbk'), { contentType: 'text/html; charset=GBK' });
    expect(d).toMatchObject({ text: `<p>${news}</p>`, evidence: 'header' });
  });

  it('reads a declaration after comments and whitespace', () => {
    const d = decodeBytes(enc(`\n\n<!-- cache 2026-11-20 -->\n${xml('gbk', news)}`, 'gbk'));
    expect(d.text).toContain(news);
    expect(d.evidence).toBe('xml-declaration');
  });
});

describe('byte evidence over wrong labels', () => {
  it('UTF-8 bytes labelled GBK decode as UTF-8', () => {
    const bytes = new TextEncoder().encode(html('gbk', news));
    const d = decodeBytes(bytes, { contentType: 'text/html; charset=gbk' });
    expect(d.text).toContain(news);
    expect(d).toMatchObject({ charset: 'utf-8', evidence: 'utf8', declared: 'gbk' });
  });

  it('GBK bytes labelled UTF-8 are sniffed as GB18030', () => {
    const d = decodeBytes(enc(html('utf-8', news), 'gbk'), { contentType: 'text/html; charset=utf-8' });
    expect(d.text).toContain(news);
    expect(d).toMatchObject({ charset: 'gb18030', evidence: 'sniffed' });
  });

  it('Big5 bytes labelled GB2312 are recognised as Big5', () => {
    const d = decodeBytes(enc(html('gb2312', `${traditional}${traditional}`), 'big5'));
    expect(d.text).toContain(traditional);
    expect(d.charset).toBe('big5-hkscs');
  });

  it('a server-default ISO-8859-1 header loses to the page’s own GBK declaration', () => {
    const d = decodeBytes(enc(html('gbk', news), 'gbk'), { contentType: 'text/html; charset=ISO-8859-1' });
    expect(d.text).toContain(news);
    expect(d).toMatchObject({ charset: 'gb18030', evidence: 'meta', declared: 'ISO-8859-1' });
  });

  it('an ISO-8859-1 header on GBK bytes with no other label is overruled by sniffing', () => {
    const d = decodeBytes(enc(`<p>${news}</p>`, 'gbk'), { contentType: 'text/html; charset=ISO-8859-1' });
    expect(d).toMatchObject({ text: `<p>${news}</p>`, charset: 'gb18030', evidence: 'sniffed' });
  });

  it('real Latin-1 stays Latin-1', () => {
    const d = decodeBytes(new Uint8Array(iconv.encode('Café crème, déjà vu — naïve façade', 'windows-1252')), {
      contentType: 'text/html; charset=iso-8859-1',
    });
    expect(d).toMatchObject({ text: 'Café crème, déjà vu — naïve façade', charset: 'windows-1252', evidence: 'header' });
  });

  it('a BOM beats every label', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(xml('big5', news))]);
    const d = decodeBytes(bytes, { contentType: 'application/xml; charset=gbk' });
    expect(d.text.startsWith('<?xml')).toBe(true);
    expect(d.text).toContain(news);
    expect(d.evidence).toBe('bom');
  });

  it('decodes UTF-16 with a BOM', () => {
    const d = decodeBytes(new Uint8Array([0xff, 0xfe, ...iconv.encode(news, 'utf-16le')]));
    expect(d.text).toBe(news);
  });
});

describe('no label at all', () => {
  it.each([
    ['gbk', news, 'gb18030'],
    ['big5', traditional, 'big5-hkscs'],
  ])('sniffs %s', (charset, text, expected) => {
    const d = decodeBytes(enc(`<p>${text}</p>`, charset));
    expect(d.text).toBe(`<p>${text}</p>`);
    expect(d).toMatchObject({ charset: expected, evidence: 'sniffed' });
  });

  it('takes plain ASCII as UTF-8', () => {
    expect(decodeBytes(new TextEncoder().encode('<rss/>'))).toMatchObject({ text: '<rss/>', evidence: 'ascii' });
  });
});

describe('normalizeCharset', () => {
  it.each([
    ['GB2312', 'gb18030'],
    ['x-gbk', 'gb18030'],
    ['Big5', 'big5-hkscs'],
    ['ISO-8859-1', 'windows-1252'],
    ['"UTF8"', 'utf-8'],
    ['Shift_JIS', 'shift_jis'],
    ['made-up', null],
  ])('%s → %s', (label, expected) => {
    expect(normalizeCharset(label)).toBe(expected);
  });
});
