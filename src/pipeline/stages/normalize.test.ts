import { describe, expect, it } from 'vitest';
import { draftFixture } from '../../domain/testkit/draft.js';
import { cleanText, headline } from './clean-text.js';
import { normalize } from './normalize.js';

describe('normalize', () => {
  it('cleans the text: controls out, spaces collapsed, U+2028 and CRLF as line breaks, blank runs cut to one', () => {
    const text = ' \u3000\u3000某品牌\u0007奶粉\u200B  被曝\t质量问题 \u2028 第二行\r\n\r\n\r\n\r\n第三段  ';
    expect(cleanText(text)).toBe('某品牌奶粉 被曝 质量问题\n第二行\n\n第三段');
  });

  it('fills the title from the head of the text and cleans one-line fields', () => {
    const out = normalize(
      draftFixture({
        sourceKey: ' Weibo ',
        text: '\n  第一行就是标题\n正文',
        author: '  小\n王 ',
        externalId: ' 42 ',
        lang: '',
        parentRef: ' ',
        url: ' https://Weibo.com/1/2?utm_source=x&b=1#c ',
      }),
    );
    expect(out).toMatchObject({
      sourceKey: 'weibo',
      title: '第一行就是标题',
      text: '第一行就是标题\n正文',
      author: '小 王',
      externalId: '42',
      lang: null,
      parentRef: null,
      url: 'https://Weibo.com/1/2?utm_source=x&b=1#c',
      canonicalUrl: 'https://weibo.com/1/2?b=1',
    });
  });

  it('keeps a given title (cleaned) and cuts a long headline with an ellipsis', () => {
    expect(normalize(draftFixture({ title: ' 标题\n 一 ', text: '正文' })).title).toBe('标题 一');
    expect(headline('字'.repeat(70))).toBe(`${'字'.repeat(60)}…`);
    expect(headline('😀'.repeat(3), 2)).toBe('😀😀…');
  });

  it('gives a non-http URL no canonical form', () => {
    expect(normalize(draftFixture({ url: 'mailto:a@b.c', text: 'x' })).canonicalUrl).toBeNull();
  });
});
