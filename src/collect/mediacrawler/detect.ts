/** Telling a MediaCrawler record's platform, and post from comment, by its field names (and a link's host when there is one). Pure. */
import type { PlatformKey, RecordKind } from './platforms.js';

export interface Detected {
  platform: PlatformKey;
  kind: RecordKind;
}

export function detectRecord(record: Record<string, unknown>): Detected | null {
  const has = (k: string) => Object.hasOwn(record, k);
  const kind: RecordKind = has('comment_id') ? 'comment' : 'post';
  const platform = detectPlatform(record, has);
  return platform ? { platform, kind } : null;
}

function detectPlatform(record: Record<string, unknown>, has: (k: string) => boolean): PlatformKey | null {
  const link = ['note_url', 'video_url', 'aweme_url', 'content_url'].map((k) => record[k]).find((v) => typeof v === 'string' && v !== '');
  const host = typeof link === 'string' ? link : '';
  if (has('aweme_id') || /douyin\.com/.test(host)) return 'dy';
  if (has('content_id') || has('content_type') || /zhihu\.com/.test(host)) return 'zhihu';
  if (has('tieba_name') || has('tieba_link') || has('total_replay_num') || /tieba\.baidu\.com/.test(host)) return 'tieba';
  if (/bilibili\.com/.test(host)) return 'bili';
  if (/kuaishou\.com/.test(host)) return 'ks';
  if (has('video_id')) {
    const bili = ['video_play_count', 'video_danmaku', 'video_coin_count', 'video_comment', 'like_count', 'parent_comment_id', 'sign'];
    return bili.some(has) ? 'bili' : 'ks';
  }
  if (/xiaohongshu\.com/.test(host)) return 'xhs';
  if (/weibo\.(com|cn)/.test(host)) return 'weibo';
  if (has('note_id')) {
    const weibo = ['comments_count', 'shared_count', 'comment_like_count', 'create_date_time'];
    return weibo.some(has) ? 'weibo' : 'xhs';
  }
  return null;
}
