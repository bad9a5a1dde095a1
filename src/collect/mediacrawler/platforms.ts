/**
 * What MediaCrawler writes for each platform, posts and comments: which field holds the id, the text, the time,
 * each count, the author, the region and the parent. Field names follow MediaCrawler's `store/<platform>` modules.
 */
import type { Channel } from '../../domain/channel.js';

export const platformKeys = ['weibo', 'xhs', 'dy', 'ks', 'bili', 'tieba', 'zhihu'] as const;
export type PlatformKey = (typeof platformKeys)[number];
export type RecordKind = 'post' | 'comment';

export interface FieldMap {
  id: string;
  /** Fields tried in order for the body text. */
  text: string[];
  title?: string;
  /** Fields tried in order for the time: epoch seconds, milliseconds or a date string. */
  time: string[];
  url?: string;
  author: string[];
  likes?: string;
  replies?: string;
  reposts?: string;
  views?: string;
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
  postUrl(id: string): string | undefined;
  post: FieldMap;
  comment: FieldMap;
}

export const platforms: Record<PlatformKey, Platform> = {
  weibo: {
    key: 'weibo',
    name: 'weibo',
    channel: 'weibo',
    postUrl: (id) => `https://m.weibo.cn/detail/${id}`,
    post: {
      id: 'note_id',
      text: ['content'],
      time: ['create_time', 'create_date_time'],
      url: 'note_url',
      author: ['nickname'],
      likes: 'liked_count',
      replies: 'comments_count',
      reposts: 'shared_count',
    },
    comment: {
      id: 'comment_id',
      text: ['content'],
      time: ['create_time', 'create_date_time'],
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
      time: ['time', 'last_update_time'],
      url: 'note_url',
      author: ['nickname'],
      likes: 'liked_count',
      replies: 'comment_count',
      reposts: 'share_count',
    },
    comment: {
      id: 'comment_id',
      text: ['content'],
      time: ['create_time'],
      author: ['nickname'],
      likes: 'like_count',
      replies: 'sub_comment_count',
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
      time: ['create_time'],
      url: 'aweme_url',
      author: ['nickname'],
      likes: 'liked_count',
      replies: 'comment_count',
      reposts: 'share_count',
    },
    comment: {
      id: 'comment_id',
      text: ['content'],
      time: ['create_time'],
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
      time: ['create_time'],
      url: 'video_url',
      author: ['nickname'],
      likes: 'liked_count',
      views: 'viewd_count',
    },
    comment: {
      id: 'comment_id',
      text: ['content'],
      time: ['create_time'],
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
    post: {
      id: 'video_id',
      text: ['desc'],
      title: 'title',
      time: ['create_time'],
      url: 'video_url',
      author: ['nickname'],
      likes: 'liked_count',
      replies: 'video_comment',
      reposts: 'video_share_count',
      views: 'video_play_count',
    },
    comment: {
      id: 'comment_id',
      text: ['content'],
      time: ['create_time'],
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
    post: {
      id: 'note_id',
      text: ['desc'],
      title: 'title',
      time: ['publish_time'],
      url: 'note_url',
      author: ['user_nickname'],
      replies: 'total_replay_num',
    },
    comment: {
      id: 'comment_id',
      text: ['content'],
      time: ['publish_time'],
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
    postUrl: () => undefined,
    post: {
      id: 'content_id',
      text: ['content_text', 'desc'],
      title: 'title',
      time: ['created_time', 'updated_time'],
      url: 'content_url',
      author: ['user_nickname'],
      likes: 'voteup_count',
      replies: 'comment_count',
    },
    comment: {
      id: 'comment_id',
      text: ['content'],
      time: ['publish_time'],
      author: ['user_nickname'],
      likes: 'like_count',
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
