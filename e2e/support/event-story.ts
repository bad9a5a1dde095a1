/**
 * Stories for the events pages' browser tests: a car maker's brake failure breaking on Weibo, reposted, picked up by
 * news sites and a forum; the same maker's product launch; and an unrelated factory fire. Imported through
 * `bin/yuqing import`, the real pipeline clusters them into two events and grades them.
 */
const hour = 3_600_000;
const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * hour).toISOString();

const origin =
  '星驰汽车刹车失灵！今天在北京五环上，我的星驰S7突然刹车失灵，差点追尾，4S店说是正常现象，太气人了。车主们注意安全，星驰汽车必须给个说法。';

export const brakeStory = [
  {
    source: 'weibo',
    externalId: 'brake-0',
    channel: 'weibo',
    title: '',
    text: origin,
    author: '北京车主老王',
    region: 'IP属地：北京',
    publishedAt: at(8),
    engagement: { reposts: 820, replies: 310, likes: 2400 },
  },
  ...['太吓人了，星驰汽车刹车失灵', '转发提醒，星驰S7刹车失灵', '我的星驰也出现过刹车失灵', '星驰汽车必须召回'].map((says, i) => ({
    source: 'weibo',
    externalId: `brake-r${i}`,
    channel: 'weibo',
    title: '',
    text: `${says}//@北京车主老王: ${origin}`,
    author: `转发网友${i + 1}`,
    parent: 'brake-0',
    region: i % 2 === 0 ? 'IP属地：上海' : 'IP属地：广东',
    publishedAt: at(7.5 - i * 0.5),
    engagement: { reposts: 20 - i, likes: 60 - i },
  })),
  {
    source: 'news.example.com',
    externalId: 'brake-n1',
    channel: 'news',
    title: '星驰汽车S7被曝刹车失灵 多地车主投诉',
    text: '近日，多地星驰汽车S7车主投诉车辆刹车失灵。北京、上海、广州均有车主反映，在高速行驶中刹车突然失灵。星驰汽车客服表示正在调查。',
    author: '经济日报',
    publishedAt: at(6),
    engagement: { reposts: 300, likes: 900 },
  },
  {
    source: 'auto.example.cn',
    externalId: 'brake-n2',
    channel: 'news',
    title: '星驰汽车刹车失灵事件持续发酵 车主集体维权',
    text: '星驰汽车刹车失灵事件持续发酵，上海、广州多地车主集体维权，要求星驰汽车召回问题车辆并公开调查结果。',
    author: '汽车之家',
    publishedAt: at(4),
    engagement: { reposts: 150, likes: 500 },
  },
  {
    source: 'bbs.example.cn',
    externalId: 'brake-f1',
    channel: 'forum',
    title: '星驰S7刹车失灵，车主维权帖汇总',
    text: '汇总一下星驰汽车S7刹车失灵的车主投诉，北京、上海、广州都有，星驰汽车到现在没有召回。',
    author: '论坛版主',
    publishedAt: at(3),
    engagement: { replies: 88, likes: 120 },
  },
];

/** The same maker's product launch: another story (the brake event's analysts may still merge it by hand). */
export const launchStory = [
  {
    source: 'news.example.com',
    externalId: 'launch-1',
    channel: 'news',
    title: '星驰发布新款电动SUV 续航八百公里',
    text: '星驰今天在深圳发布新款电动SUV，续航八百公里，售价二十五万元起，预计明年春季交付。',
    author: '科技日报',
    publishedAt: at(2),
    engagement: { likes: 80 },
  },
  {
    source: 'weibo',
    externalId: 'launch-2',
    channel: 'weibo',
    title: '',
    text: '刚看完星驰新款电动SUV发布会，续航八百公里，外观很漂亮，价格也合适。',
    author: '数码博主',
    publishedAt: at(1.5),
    engagement: { likes: 60 },
  },
];

export const fireStory = [
  {
    source: 'news.example.com',
    externalId: 'fire-1',
    channel: 'news',
    title: '滨江化工厂发生火灾 消防到场扑救',
    text: '今天下午，滨江化工厂发生火灾，消防部门出动多辆消防车到场扑救，暂无人员伤亡。',
    author: '本地新闻',
    publishedAt: at(5),
    engagement: { likes: 40 },
  },
  {
    source: 'weibo',
    externalId: 'fire-2',
    channel: 'weibo',
    title: '',
    text: '滨江化工厂火灾现场浓烟滚滚，消防员正在扑救，附近居民注意关窗。',
    author: '滨江生活',
    publishedAt: at(4.5),
    engagement: { likes: 30 },
  },
  {
    source: 'news.example.com',
    externalId: 'fire-3',
    channel: 'news',
    title: '滨江化工厂火灾已扑灭 消防员救出两名工人',
    text: '滨江化工厂火灾已被扑灭，消防员救出两名被困工人，火灾原因正在调查。',
    author: '本地新闻',
    publishedAt: at(3.5),
    engagement: { likes: 50 },
  },
];
