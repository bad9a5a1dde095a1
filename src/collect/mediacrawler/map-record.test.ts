/** MediaCrawler records to items: platform and kind detection, counts, times by platform, parents, the Weibo "全文" cut. */
import { describe, expect, it } from 'vitest';
import { incomingItemSchema } from '../../domain/incoming-item.js';
import { detectRecord } from './detect.js';
import { cutFullTextLink, mapRecord } from './map-record.js';
import { readJsonArray } from './read-json-array.js';
import { mediaCrawlerReader } from './read-records.js';

describe('detectRecord', () => {
  it.each([
    [{ note_id: '1', content: 'x', comments_count: '1', shared_count: '' }, 'weibo', 'post'],
    [{ comment_id: '1', note_id: '1', comment_like_count: '1' }, 'weibo', 'comment'],
    [{ note_id: 'a', desc: 'x', time: 1, collected_count: '1' }, 'xhs', 'post'],
    [{ comment_id: 'c', note_id: 'a', like_count: '1', pictures: '' }, 'xhs', 'comment'],
    [{ aweme_id: '1', desc: 'x' }, 'dy', 'post'],
    [{ video_id: '3x', viewd_count: '1' }, 'ks', 'post'],
    [{ comment_id: '1', video_id: '3x', sub_comment_count: '0' }, 'ks', 'comment'],
    [{ video_id: '1', video_play_count: '1' }, 'bili', 'post'],
    [{ comment_id: '1', video_id: '1', like_count: '1', parent_comment_id: 0 }, 'bili', 'comment'],
    [{ note_id: '1', tieba_name: '吧' }, 'tieba', 'post'],
    [{ content_id: '1', content_text: 'x' }, 'zhihu', 'post'],
  ])('%o is %s %s', (record, platform, kind) => {
    expect(detectRecord(record)).toEqual({ platform, kind });
  });

  it('is null for a record of no known platform', () => {
    expect(detectRecord({ id: 1, text: 'x' })).toBeNull();
    expect(mapRecord({ id: 1, text: 'x' })).toMatchObject({ ok: false, problem: expect.stringMatching(/not a MediaCrawler record/) });
  });
});

describe('mapRecord', () => {
  it('maps a Weibo post: HTML cut behind 全文, seconds, 万 counts, empty counts left out, region', () => {
    const r = mapRecord({
      note_id: '5234966762009027',
      content: '起火了<br />车厢里全是焦味 ...<a href="/status/5234966762009027">全文</a>',
      create_time: 1763625600,
      create_date_time: '2025-11-20 08:00:00+08:00',
      liked_count: '1.2万',
      comments_count: '3421',
      shared_count: '',
      ip_location: '发布于 广东',
      nickname: '深圳通勤日记',
    });
    if (!r.ok) throw new Error(r.problem);
    expect(r.item).toEqual({
      source: 'weibo',
      externalId: '5234966762009027',
      text: '起火了\n车厢里全是焦味…',
      channel: 'weibo',
      platform: 'weibo',
      url: 'https://m.weibo.cn/detail/5234966762009027',
      author: '深圳通勤日记',
      publishedAt: 1763596800000,
      region: '发布于 广东',
      engagement: { likes: 12000, replies: 3421 },
    });
    expect(incomingItemSchema.safeParse(r.item).success).toBe(true);
  });

  it('reads milliseconds, a +08:00 string and a zoneless China time alike', () => {
    const at = (record: Record<string, unknown>) => {
      const r = mapRecord(record);
      return r.ok ? r.item.publishedAt : r.problem;
    };
    expect(at({ note_id: 'a', desc: 'x', time: 1763604000000, collected_count: '' })).toBe(1763604000000);
    expect(at({ note_id: '1', content: 'x', create_time: '', create_date_time: '2025-11-20 08:00:00+08:00', shared_count: '' })).toBe(
      Date.parse('2025-11-20T00:00:00Z'),
    );
    expect(at({ note_id: '1', title: 't', publish_time: '2025-11-20 12:30', tieba_name: '吧' })).toBe(Date.parse('2025-11-20T04:30:00Z'));
  });

  it('points a comment at its parent comment, else at its post; integer 0 and "" mean none', () => {
    const top = mapRecord({ comment_id: 'c1', note_id: 'n1', content: 'x', parent_comment_id: 0, like_count: '' });
    const sub = mapRecord({ comment_id: 'c2', note_id: 'n1', content: 'y', parent_comment_id: 'c1', like_count: '3' });
    expect(top.ok && top.item.parent).toBe('n1');
    expect(sub.ok && sub.item.parent).toBe('c1');
    expect(top.ok && top.item.url).toBe('https://www.xiaohongshu.com/explore/n1');
  });

  it('drops a count that is not a count with a warning and keeps the item', () => {
    const warnings: string[] = [];
    const r = mapRecord({ aweme_id: '1', desc: 'x', liked_count: 'many', comment_count: '2' }, { warn: (w) => warnings.push(w) });
    expect(r.ok && r.item.engagement).toEqual({ replies: 2 });
    expect(warnings).toEqual([expect.stringMatching(/^liked_count: expected a count/)]);
  });

  it('names a record without id or text', () => {
    expect(mapRecord({ aweme_id: '', desc: 'x' })).toMatchObject({ ok: false, field: 'aweme_id' });
    expect(mapRecord({ aweme_id: '1', desc: '', title: '' })).toMatchObject({ ok: false, problem: 'no text and no title' });
  });

  it('cuts only a trailing 全文 link', () => {
    expect(cutFullTextLink('看全文请点这里')).toBe('看全文请点这里');
    expect(cutFullTextLink('很长的一段…全文')).toBe('很长的一段…');
  });
});

describe('readJsonArray', () => {
  it('reads each element with the line it starts on and reports a damaged one', () => {
    const text = '\uFEFF[\n  {"a": "x,]}"},\n  {"b": tru},\n  {"c": 1}\n]\n';
    const out = [...readJsonArray(text, { lines: 0 })];
    expect(out.map((r) => ('value' in r ? r.value : r.problem.slice(0, 14)))).toEqual([{ a: 'x,]}' }, 'not valid JSON', { c: 1 }]);
    expect(out.map((r) => r.line)).toEqual([2, 3, 4]);
    expect([...readJsonArray('[{"a":1},', { lines: 0 })].at(-1)).toMatchObject({ problem: expect.stringMatching(/not closed/) });
    expect([...readJsonArray('{"a":1}', { lines: 0 })]).toEqual([{ line: 1, lastLine: 1, problem: 'expected a JSON array of records' }]);
  });
});

describe('mediaCrawlerReader', () => {
  const stream = (text: string) =>
    (async function* () {
      yield Buffer.from(text);
    })();
  const collect = async (format: 'json' | 'jsonl', text: string) => {
    const out: unknown[] = [];
    for await (const r of mediaCrawlerReader(format, {})(stream(text), { lines: 0 }, () => {}))
      out.push('value' in r ? r.value : r.problem);
    return out;
  };

  it('reads JSON Lines saved under a .json name, and reports a record of no known platform by line', async () => {
    const out = await collect('json', '{"aweme_id":"1","desc":"a"}\n{"foo":1}\n');
    expect(out).toEqual([
      expect.objectContaining({ externalId: '1', platform: 'douyin' }),
      expect.stringMatching(/not a MediaCrawler record/),
    ]);
  });
});
