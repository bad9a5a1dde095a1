/** HTML to plain text: blocks, entities, scripts, broken markup, double escaping. */
import { describe, expect, it } from 'vitest';
import { htmlToLine, htmlToText } from './html-text.js';
import { resolveUrl } from './urls.js';

describe('htmlToText', () => {
  it('keeps one line per block and decodes entities', () => {
    const html = '<p>第一段&nbsp;内容 &amp; more</p><div>第二段<br>换行</div><ul><li>一</li><li>二</li></ul>';
    expect(htmlToText(html)).toBe('第一段 内容 & more\n第二段\n换行\n一\n二');
  });

  it('drops scripts, styles and comments, even unclosed', () => {
    expect(htmlToText('<style>p{}</style>A<script>var x = "<p>";</script>B<!-- c -->C<script>never closed')).toBe('ABC');
  });

  it('decodes numeric references and leaves unknown names alone', () => {
    expect(htmlToText('&#x4E2D;&#25991; &copy; &unknown; AT&T')).toBe('中文 © &unknown; AT&T');
  });

  it('undoes double escaping (RSSHub)', () => {
    expect(htmlToText('&lt;p&gt;转发微博&lt;br&gt;&lt;a href="https://weibo.com/x"&gt;链接&lt;/a&gt;&lt;/p&gt;')).toBe('转发微博\n链接');
  });

  it('tolerates broken markup and stray angle brackets', () => {
    expect(htmlToText('<p>1 < 2 and <b>bold</p><p attr="a>b">x')).toBe('1 < 2 and bold\nx');
  });

  it('drops ideographic indentation and zero-width characters', () => {
    expect(htmlToText('<p>\u3000\u3000正文\u200b开始</p>')).toBe('正文开始');
  });

  it('htmlToLine gives a single line', () => {
    expect(htmlToLine('<b>Breaking:</b>\n 标题 <br/> 二')).toBe('Breaking: 标题 二');
  });
});

describe('resolveUrl', () => {
  it('resolves relative links and refuses other schemes', () => {
    expect(resolveUrl('/a/1.html', 'https://news.example.cn/list/')).toBe('https://news.example.cn/a/1.html');
    expect(resolveUrl('2.html', 'https://news.example.cn/list/')).toBe('https://news.example.cn/list/2.html');
    expect(resolveUrl('javascript:void(0)', 'https://x.cn/')).toBeUndefined();
    expect(resolveUrl('/relative')).toBeUndefined();
    expect(resolveUrl('  ')).toBeUndefined();
  });
});
