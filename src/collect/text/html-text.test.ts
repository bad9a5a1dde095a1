/** HTML to plain text: blocks, entities, scripts, broken markup, double escaping. */
import { describe, expect, it } from 'vitest';
import { htmlishToText, htmlToLine, htmlToText } from './html-text.js';
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

  it('keeps an emoticon image as its alt text (quoted or not), and other images as nothing', () => {
    expect(
      htmlToText('<span class="url-icon"><img alt=[允悲] src="https://h5.sinaimg.cn/m/emoticon/d_yunbei.png" style="width:1em;" /></span>'),
    ).toBe('[允悲]');
    expect(htmlToText('退钱！<img alt="[怒]" title="[怒]" src="https://face.t.sinajs.cn/f2/nu.png">质量太差')).toBe('退钱！[怒]质量太差');
    expect(htmlToText('好看 <img class="emoji" alt="😀" src="/e/1f600.png">')).toBe('好看 😀');
    expect(htmlToText('<p>现场<img alt="起火的充电宝照片" src="/p/1.jpg"></p>')).toBe('现场');
    expect(htmlToText('&lt;p&gt;转发&lt;img alt=&quot;[doge]&quot; src=&quot;/d.png&quot;&gt;&lt;/p&gt;')).toBe('转发[doge]');
  });

  it('strips tags from an HTML-ish field only when it has real ones', () => {
    expect(htmlishToText('电压<5V时，若 a<b 且 c>d 就停用 &amp; 报修')).toBe('电压<5V时，若 a<b 且 c>d 就停用 & 报修');
    expect(htmlishToText('<p>第一段</p><p>第二段 &gt; 一</p>')).toBe('第一段\n第二段 > 一');
  });

  it('decodes numeric and named references in plain text too', () => {
    expect(htmlToText('原话是&#34;已召回&#34;，写的是&#39;部分&#39; &amp; 容量 &gt; 2万')).toBe(
      '原话是"已召回"，写的是\'部分\' & 容量 > 2万',
    );
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
