/** Words of the dashboard's key accounts card, Chinese first with English; kept beside the card. */
import type { Lang } from '../../i18n/index.js';

const texts = {
  keyAccounts: { zh: '关键传播账号', en: 'Key accounts' },
  author: { zh: '账号', en: 'Account' },
  mentions: { zh: '发文', en: 'Mentions' },
  drew: { zh: '带动传播', en: 'Drew' },
  drewHelp: { zh: '回复、转发或引用其发文的信息条数', en: 'Stored mentions that answer, repost or quote its posts' },
  reach: { zh: '传播量', en: 'Reach' },
  followers: { zh: '粉丝', en: 'Followers' },
  channel: { zh: '渠道', en: 'Channel' },
  none: { zh: '此时间范围内暂无账号', en: 'No accounts in this period' },
} as const;

export function text(lang: Lang, key: keyof typeof texts): string {
  return texts[key][lang];
}
