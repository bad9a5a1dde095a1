/**
 * The traps real MediaCrawler exports set, each on a fixture of its own: Weibo times 8 hours late, times after the
 * crawl, emoticons lost, character references left in Zhihu text, counts and pictures left out, comment links,
 * records of a one-line array told apart, a MediaCrawler file imported without the flag.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { incomingItemSchema } from '../../domain/incoming-item.js';
import type { FileRecord } from '../../intake/file-record.js';
import { mapRecord } from './map-record.js';
import { publicationTime } from './publish-time.js';
import { mediaCrawlerReader } from './read-records.js';
import { mediaCrawlerKindOf } from './sniff.js';
import { weiboIdAt, weiboIdTime } from './weibo-id-time.js';

const fixture = (name: string) => readFileSync(new URL(`testdata/${name}`, import.meta.url), 'utf8');
const jsonArray = (name: string) => JSON.parse(fixture(name)) as Record<string, unknown>[];
const jsonLines = (name: string) =>
  fixture(name)
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
const china = (s: string) => Date.parse(`${s}+08:00`);

function mapped(record: Record<string, unknown>) {
  const r = mapRecord(record);
  if (!r.ok) throw new Error(`${r.field}: ${r.problem}`);
  expect(incomingItemSchema.safeParse(r.item).success).toBe(true);
  return r.item;
}

describe('Weibo ids encode their time', () => {
  it('decodes a published post id to the second, and round-trips', () => {
    // A post published 2021-02-23 12:28:47 +08:00 (its created_at, as the platform's API gives it).
    expect(weiboIdTime('4607741009594608')).toBe(china('2021-02-23T12:28:47'));
    expect(weiboIdTime(weiboIdAt(china('2025-11-20T08:00:00'), 12345))).toBe(china('2025-11-20T08:00:00'));
  });
  it('is null for what is not a Weibo id', () => {
    expect(weiboIdTime('6738a1b2000000001d03c4e5')).toBeNull();
    expect(weiboIdTime('12345')).toBeNull();
    expect(weiboIdTime('1')).toBeNull();
  });
});

describe('Weibo publication times', () => {
  const [emoticonOnly, wrongZone, withEntities] = jsonArray('weibo_traps_comments.json');

  it('reads create_time as China clock time when it is the only time (it was stored 8 hours late)', () => {
    const item = mapped(emoticonOnly!);
    expect(item.publishedAt).toBe(china('2025-11-20T08:20:00'));
    expect(item.notes).toBeUndefined();
  });

  it("prefers the zoned create_date_time, and keeps the id's time when the zoned one is after the crawl", () => {
    const item = mapped(wrongZone!);
    expect(item.publishedAt).toBe(china('2025-11-20T08:31:00'));
    expect(item.notes).toEqual([expect.stringMatching(/^create_date_time .* differ by 8 hours; the id's time is kept/)]);
    expect(mapped(withEntities!).publishedAt).toBe(china('2025-11-20T08:42:00'));
  });

  it('trusts the id over a create_time already written in true UTC (other exporters), with a note', () => {
    const trueUtc = Math.floor(china('2025-11-20T08:20:00') / 1000);
    const item = mapped({ ...emoticonOnly!, create_time: trueUtc });
    expect(item.publishedAt).toBe(china('2025-11-20T08:20:00'));
    expect(item.notes).toEqual([expect.stringMatching(/^create_time .* differ by 8 hours; the id's time is kept$/)]);
  });

  it('reads a create_time date string as written, not shifted', () => {
    const item = mapped({ ...emoticonOnly!, create_time: '2025-11-20 08:20:00' });
    expect(item.publishedAt).toBe(china('2025-11-20T08:20:00'));
    expect(item.notes).toBeUndefined();
  });

  it('notes a disagreement with the id but keeps the zoned time when it is not after the crawl', () => {
    const item = mapped({ ...withEntities!, create_date_time: '2025-11-20 08:30:00+08:00' });
    expect(item.publishedAt).toBe(china('2025-11-20T08:30:00'));
    expect(item.notes).toEqual([expect.stringMatching(/differ by 12 minutes; create_date_time is kept$/)]);
  });

  it('never leaves a publication time after the crawl time: kept at the crawl time, with a note', () => {
    const crawl = china('2025-11-20T09:00:00');
    const fields = [{ field: 'time' }];
    const late = publicationTime({ time: china('2025-11-20T16:00:00'), last_modify_ts: crawl }, fields, null);
    expect(late).toEqual({ at: crawl, notes: [expect.stringMatching(/is after the crawl time .* the crawl time is kept$/)] });
    // Within the allowed clock skew nothing changes.
    const close = publicationTime({ time: crawl + 60_000, last_modify_ts: crawl }, fields, null);
    expect(close).toEqual({ at: crawl + 60_000, notes: [] });
  });

  it('says so when only the last update time is there', () => {
    const r = publicationTime({ last_update_time: 1763641000000 }, [{ field: 'time' }, { field: 'last_update_time', updated: true }], null);
    expect(r).toEqual({ at: 1763641000000, notes: [expect.stringMatching(/last update time \(last_update_time\)/)] });
  });
});

describe('corrected times on import', () => {
  it('are told to the person importing, by record', async () => {
    const warnings: string[] = [];
    const input = (async function* () {
      yield Buffer.from(fixture('weibo_traps_comments.json'));
    })();
    for await (const _ of mediaCrawlerReader('json', {})(input, { lines: 0 }, (w) => warnings.push(w)));
    expect(warnings).toEqual([expect.stringMatching(/^record 2 \(line 1\): create_date_time .* differ by 8 hours/)]);
  });
});

describe('Weibo emoticons', () => {
  const [emoticonOnly, wrongZone, withEntities] = jsonArray('weibo_traps_comments.json');
  it('keeps an emoticon-only comment as its emoticons', () => {
    expect(mapped(emoticonOnly!).text).toBe('[允悲][允悲]');
  });
  it('keeps emoticons inside text, where sentiment reads them, and decodes entities', () => {
    expect(mapped(wrongZone!).text).toBe('退钱！[怒]质量太差了');
    expect(mapped(withEntities!).text).toBe('回复@维权中:客服说可以换新 & 补偿 > 50元[赞]');
  });
});

describe('Zhihu text with character references', () => {
  it('decodes &#34; &#39; &amp; &gt; and named references in contents, titles and comments', () => {
    const [post] = jsonLines('zhihu_entities_contents.jsonl');
    const item = mapped(post!);
    expect(item.title).toBe('如何看待星澜科技"召回"声明？');
    expect(item.text).toBe(
      '看了厂家的声明，原话是"已召回问题批次"，可召回页面写的是\'部分型号\'。\n电芯 & 保护板都要看，容量 > 20000mAh 的尤其注意…',
    );
    const [top, sub] = jsonLines('zhihu_entities_comments.jsonl').map(mapped);
    expect(top!.text).toBe('"部分型号"是哪几款？厂家不说清楚 & 客服也不回');
    expect(sub!.text).toBe('X20 > X10，官网有列表');
  });
});

describe('counts, pictures and links', () => {
  it('keeps Xiaohongshu collects and pictures, and leaves "" counts unknown', () => {
    const [note] = jsonLines('xhs_twice_contents_day1.jsonl');
    const item = mapped(note!);
    expect(item.engagement).toEqual({ likes: 1024, replies: 56, collects: 21000 });
    expect(item.images).toHaveLength(2);
    const [pictured, plain] = jsonLines('xhs_pictures_comments.jsonl').map(mapped);
    expect(pictured!.text).toBe('[笑哭R]');
    expect(pictured!.images).toEqual([
      'https://sns-webpic-qc.xhscdn.com/comment/1040g00831c.jpg',
      'https://sns-webpic-qc.xhscdn.com/comment/1040g00831d.jpg',
    ]);
    expect(pictured!.engagement).toEqual({ replies: 0 });
    expect(plain!.images).toBeUndefined();
    const odd = mapped({
      ...jsonLines('xhs_pictures_comments.jsonl')[0]!,
      pictures: 'https://,ftp://x/a.jpg,https://sns-webpic-qc.xhscdn.com/c.jpg',
    });
    expect(odd.images).toEqual(['https://sns-webpic-qc.xhscdn.com/c.jpg']);
  });

  it('keeps Zhihu dislikes, and links comments to their post (with the anchor where the platform has one)', () => {
    const [top, sub] = jsonLines('zhihu_entities_comments.jsonl').map(mapped);
    expect(top!.engagement).toEqual({ likes: 18, dislikes: 3, replies: 1 });
    expect(sub!.engagement).toEqual({ replies: 0 });
    expect(top!.url).toBe('https://www.zhihu.com/answer/3456789555');
    expect([top!.parent, sub!.parent]).toEqual(['3456789555', '10987655001']);
    const bili = mapped({ comment_id: '245678901234', video_id: '113456789012345', content: 'x', like_count: '1', parent_comment_id: 0 });
    expect(bili.url).toBe('https://www.bilibili.com/video/av113456789012345#reply245678901234');
    const tieba = mapped({
      comment_id: '150123456789',
      note_id: '9281234567',
      note_url: 'https://tieba.baidu.com/p/9281234567',
      content: 'x',
      tieba_name: '吧',
    });
    expect(tieba.url).toBe('https://tieba.baidu.com/p/9281234567?pid=150123456789#150123456789');
    const weibo = mapped(jsonArray('weibo_traps_comments.json')[0]!);
    expect([weibo.url, weibo.parent]).toEqual(['https://m.weibo.cn/detail/5234966762009027', '5234966762009027']);
  });
});

describe('records of a one-line JSON array', () => {
  it('carry their index, so each bad one is told apart', async () => {
    const text = fixture('weibo_one_line_comments.json');
    const out: FileRecord[] = [];
    const warnings: string[] = [];
    const input = (async function* () {
      yield Buffer.from(text);
    })();
    for await (const r of mediaCrawlerReader('json', {})(input, { lines: 0 }, (w) => warnings.push(w))) out.push(r);
    expect(out.map((r) => [r.line, r.record, 'problem' in r ? r.problem : 'ok'])).toEqual([
      [1, 1, 'ok'],
      [1, 2, 'comment_id: missing the comment id'],
      [1, 3, 'content: no text and no title'],
      [1, 4, 'ok'],
    ]);
    expect(warnings).toEqual(['comment_like_count: expected a count such as 1234 or 1.2万, got "很多"; count left out']);
  });
});

describe('a MediaCrawler file without --format mediacrawler', () => {
  it('is recognised from its first record or CSV header', () => {
    expect(mediaCrawlerKindOf(fixture('weibo_search_contents.json'))).toBe('weibo posts');
    expect(mediaCrawlerKindOf(fixture('weibo_search_comments.csv'))).toBe('weibo comments');
    expect(mediaCrawlerKindOf(fixture('xhs_pictures_comments.jsonl'))).toBe('xiaohongshu comments');
    expect(mediaCrawlerKindOf(fixture('weibo_one_line_comments.json'))).toBe('weibo comments');
  });
  it('is not claimed for Yuqing items', () => {
    expect(mediaCrawlerKindOf('{"source":"weibo","externalId":"1","text":"x","note_id":"1"}\n')).toBeNull();
    expect(mediaCrawlerKindOf('source,url,title,text\nnews,https://a.example/1,t,x\n')).toBeNull();
  });
});
