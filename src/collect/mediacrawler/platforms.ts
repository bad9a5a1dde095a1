/**
 * What MediaCrawler writes for each platform, posts and comments: which field holds the id, the text, the time,
 * each count, the author, the region, pictures and the parent. Field names follow MediaCrawler's `store/<platform>`
 * modules.
 *
 * Times, audited per platform (MediaCrawler 2024–2025): Xiaohongshu `time`, `last_update_time` and comment
 * `create_time` are epoch milliseconds; Kuaishou `create_time` milliseconds; Douyin, Bilibili and Zhihu epoch seconds;
 * Tieba `publish_time` a China-clock string without a zone (`2025-11-20 12:45`). Weibo's `create_time` is China clock
 * time encoded as if it were UTC (8 hours late) — its `create_date_time` (`…+08:00`) is right, and the post id encodes
 * the time too (`weibo-id-time.ts`). `last_modify_ts` (every platform) is the crawl time in milliseconds.
 */
import type { Channel } from '../../domain/channel.js';
import { weiboIdTime } from './weibo-id-time.js';

export const platformKeys = ['weibo', 'xhs', 'dy', 'ks', 'bili', 'tieba', 'zhihu'] as const;
export type PlatformKey = (typeof platformKeys)[number];
export type RecordKind = 'post' | 'comment';

/** A time field and how to read it: epoch seconds/ms (told apart by size) or a date string (China time when zoneless). */
export interface TimeField {
  field: string;
  /** `china-clock-as-utc`: epoch seconds of the China wall-clock time read as UTC (Weibo's `create_time`): 8 hours late. */
  clock?: 'china-clock-as-utc';
  /** The last edit, not the publication: used only when the publication time is missing, with a note. */
  updated?: true;
}

export interface FieldMap {
  id: string;
  /** Fields tried in order for the body text. */
  text: string[];
  title?: string;
  /** Fields tried in order for the publication time. */
  time: TimeField[];
  url?: string;
  author: string[];
  likes?: string;
  replies?: string;
  reposts?: string;
  views?: string;
  /** 收藏: saves / favourites. */
  collects?: string;
  dislikes?: string;
  /** Comma-separated picture URLs. */
  images?: string;
  /** Comment only: the post it belongs to, and the comment it answers (0 or empty when top-level). */
  post?: string;
  parentComment?: string;
}

export interface Platform {
  key: PlatformKey;
  /** Stored in `platform` and used as the default source key. */
  name: string;
  channel: Channel;
  /** A link to a post when the export gives none. */
  postUrl(id: string, record: Record<string, unknown>): string | undefined;
  /** A link to a comment: its post with the platform's comment anchor where it has one, else the post. */
  commentUrl?(postUrl: string, commentId: string): string;
  /** The time a post or comment id encodes (Weibo), epoch ms, or null. */
  idTime?(id: string): number | null;
  post: FieldMap;
  comment: FieldMap;
}

export const platforms: Record<PlatformKey, Platform> = {
  weibo: {
    key: 'weibo',
    name: 'weibo',
    channel: 'weibo',
    postUrl: (id) => `https://m.weibo.cn/detail/${id}`,
    idTime: weiboIdTime,
    post: {
      id: 'note_id',
      text: ['content'],
      time: [{ field: 'create_date_time' }, { field: 'create_time', clock: 'china-clock-as-utc' }],
      url: 'note_url',
      author: ['nickname'],
      likes: 'liked_count',
      replies: 'comments_count',
      reposts: 'shared_count',
    },
    comment: {
      id: 'comment_id',
      text: ['content'],
      time: [{ field: 'create_date_time' }, { field: 'create_time', clock: 'china-clock-as-utc' }],
      author: ['nickname'],
      likes: 'comment_like_count',
      replies: 'sub_comment_count',
      post: 'note_id',
      parentComment: 'parent_comment_id',
    },
  },
  xhs: {
    key: 'xhs',
    name: 'xiaohongshu',
    channel: 'social',
    postUrl: (id) => `https://www.xiaohongshu.com/explore/${id}`,
    post: {
      id: 'note_id',
      text: ['desc'],
      title: 'title',
      time: [{ field: 'time' }, { field: 'last_update_time', updated: true }],
      url: 'note_url',
      author: ['nickname'],
      likes: 'liked_count',
      replies: 'comment_count',
      reposts: 'share_count',
      collects: 'collected_count',
      images: 'image_list',
    },
    comment: {
      id: 'comment_id',
      text: ['content'],
      time: [{ field: 'create_time' }],
      author: ['nickname'],
      likes: 'like_count',
      replies: 'sub_comment_count',
      images: 'pictures',
      post: 'note_id',
      parentComment: 'parent_comment_id',
    },
  },
  dy: {
    key: 'dy',
    name: 'douyin',
    channel: 'video',
    postUrl: (id) => `https://www.douyin.com/video/${id}`,
    post: {
      id: 'aweme_id',
      text: ['desc'],
      title: 'title',
      time: [{ field: 'create_time' }],
      url: 'aweme_url',
      author: ['nickname'],
      likes: 'liked_count',
      replies: 'comment_count',
      reposts: 'share_count',
      collects: 'collected_count',
    },
    comment: {
      id: 'comment_id',
      text: ['content'],
      time: [{ field: 'create_time' }],
      author: ['nickname'],
      likes: 'like_count',
      replies: 'sub_comment_count',
      post: 'aweme_id',
      parentComment: 'parent_comment_id',
    },
  },
  ks: {
    key: 'ks',
    name: 'kuaishou',
    channel: 'video',
    postUrl: (id) => `https://www.kuaishou.com/short-video/${id}`,
    post: {
      id: 'video_id',
      text: ['desc'],
      title: 'title',
      time: [{ field: 'create_time' }],
      url: 'video_url',
      author: ['nickname'],
      likes: 'liked_count',
      views: 'viewd_count',
    },
    comment: {
      id: 'comment_id',
      text: ['content'],
      time: [{ field: 'create_time' }],
      author: ['nickname'],
      replies: 'sub_comment_count',
      post: 'video_id',
    },
  },
  bili: {
    key: 'bili',
    name: 'bilibili',
    channel: 'video',
    postUrl: (id) => `https://www.bilibili.com/video/av${id}`,
    commentUrl: (post, id) => `${post}#reply${id}`,
    post: {
      id: 'video_id',
      text: ['desc'],
      title: 'title',
      time: [{ field: 'create_time' }],
      url: 'video_url',
      author: ['nickname'],
      likes: 'liked_count',
      replies: 'video_comment',
      reposts: 'video_share_count',
      views: 'video_play_count',
      collects: 'video_favorite_count',
    },
    comment: {
      id: 'comment_id',
      text: ['content'],
      time: [{ field: 'create_time' }],
      author: ['nickname'],
      likes: 'like_count',
      replies: 'sub_comment_count',
      post: 'video_id',
      parentComment: 'parent_comment_id',
    },
  },
  tieba: {
    key: 'tieba',
    name: 'tieba',
    channel: 'forum',
    postUrl: (id) => `https://tieba.baidu.com/p/${id}`,
    commentUrl: (post, id) => `${post.replace(/[?#].*$/, '')}?pid=${encodeURIComponent(id)}#${encodeURIComponent(id)}`,
    post: {
      id: 'note_id',
      text: ['desc'],
      title: 'title',
      time: [{ field: 'publish_time' }],
      url: 'note_url',
      author: ['user_nickname'],
      replies: 'total_replay_num',
    },
    comment: {
      id: 'comment_id',
      text: ['content'],
      time: [{ field: 'publish_time' }],
      author: ['user_nickname'],
      replies: 'sub_comment_count',
      post: 'note_id',
      parentComment: 'parent_comment_id',
    },
  },
  zhihu: {
    key: 'zhihu',
    name: 'zhihu',
    channel: 'qa',
    // Comments carry only the content id and type; `/answer/<id>` redirects to the answer under its question.
    postUrl: (id, record) => {
      const type = record.content_type;
      const question = typeof record.question_id === 'string' && /^\d+$/.test(record.question_id) ? record.question_id : null;
      if (type === 'article') return `https://zhuanlan.zhihu.com/p/${id}`;
      if (type === 'zvideo') return `https://www.zhihu.com/zvideo/${id}`;
      if (type === 'answer')
        return question ? `https://www.zhihu.com/question/${question}/answer/${id}` : `https://www.zhihu.com/answer/${id}`;
      return undefined;
    },
    post: {
      id: 'content_id',
      text: ['content_text', 'desc'],
      title: 'title',
      time: [{ field: 'created_time' }, { field: 'updated_time', updated: true }],
      url: 'content_url',
      author: ['user_nickname'],
      likes: 'voteup_count',
      replies: 'comment_count',
    },
    comment: {
      id: 'comment_id',
      text: ['content'],
      time: [{ field: 'publish_time' }],
      author: ['user_nickname'],
      likes: 'like_count',
      dislikes: 'dislike_count',
      replies: 'sub_comment_count',
      post: 'content_id',
      parentComment: 'parent_comment_id',
    },
  },
};

/** `weibo`, `wb`, `xhs`, `xiaohongshu`, `dy`, `douyin`… to a platform key, or null. */
export function platformFromName(name: string): PlatformKey | null {
  const aliases: Record<string, PlatformKey> = { wb: 'weibo', xiaohongshu: 'xhs', douyin: 'dy', kuaishou: 'ks', bilibili: 'bili' };
  const n = name.trim().toLowerCase();
  return (platformKeys as readonly string[]).includes(n) ? (n as PlatformKey) : (aliases[n] ?? null);
}
