/**
 * The demo scenario, written for this project: 星澜科技 (Xinglan Tech, fictional) and its X20 power bank catching fire
 * on a metro train. Hand-written texts with `{slot}` blanks; the generator fills them from the pools below.
 * Every name, account, outlet and domain here is invented.
 */
import type { Channel } from '../domain/channel.js';

export interface Outlet {
  name: string;
  channel: Channel;
  platform?: string;
  /** Source key suffix and, for sites, the host of invented article URLs (`.example` is reserved). */
  key: string;
  host?: string;
  followers: number;
  lang: 'zh' | 'en';
}

/** Accounts that play a part in the story. */
export const cast = {
  origin: { name: '深圳通勤小林', followers: 860, region: '广东' },
  bigV: { name: '数码老炮儿', followers: 1_240_000, region: '北京' },
  hot: { name: '热点速递', followers: 4_530_000, region: '上海' },
  rumourist: { name: '吃瓜第一线', followers: 31_200, region: '河南' },
  official: { name: '星澜科技官方微博', followers: 2_100_000, region: '广东' },
  regulator: { name: '深圳市场监管', followers: 312_000, region: '广东' },
  fireDept: { name: '深圳消防', followers: 1_860_000, region: '广东' },
} as const;

export const slots: Record<string, readonly string[]> = {
  place: ['地铁2号线', '地铁5号线车厢里', '高铁站候车厅', '出租车上', '宿舍', '办公室工位上', '机场安检口', '网吧', '图书馆', '公交车上'],
  symptom: ['发烫到拿不住', '鼓包了', '冒白烟', '有一股焦味', '外壳裂开', '充着充着就冒烟', '突然爆出火星'],
  feeling: ['吓死了', '后怕', '太离谱了', '心有余悸', '手都在抖', '不敢再用了', '无语'],
  demand: ['要求全面召回', '给个说法', '退货退款', '公开检测报告', '赔偿损失', '别装死'],
  tag: ['#星澜充电宝起火#', '#充电宝冒烟#', '#星澜X20#', '#地铁充电宝起火#', '#星澜科技回应#', '#充电宝安全#'],
  city: ['深圳', '广州', '杭州', '成都', '武汉', '南京', '西安', '长沙', '上海', '北京'],
  months: ['三个月', '半年', '一年', '两个月', '八个月'],
  praise: ['处理速度还可以', '态度算诚恳', '退换挺快', '客服很耐心', '这次算负责'],
  doubt: ['就这？', '避重就轻', '只召回一个批次？', '检测报告呢？', '先看行动吧'],
  en_symptom: ['swelled up', 'started smoking', 'got too hot to hold', 'smelled like burning plastic', 'cracked open'],
  en_place: ['on the metro', 'at my desk', 'in my backpack', 'on a train', 'at the airport'],
};

export const originText =
  '今天早上在地铁2号线，旁边乘客包里的星澜X20充电宝突然冒烟起火，车厢里全是焦味，大家都吓坏了，幸好工作人员及时用灭火器扑灭。这个牌子的充电宝大家还敢用吗？#星澜充电宝起火#';

/** Reposts: the reason typed before `//@parent:`. */
export const repostReasons = [
  '太吓人了',
  '我也有这款！',
  '转发提醒家人',
  '已经扔了',
  '{feeling}',
  '{tag} 求官方回应',
  '地铁上都敢出事，{demand}',
  '星澜能不能{demand}',
  '这已经不是第一次了吧',
  '转发微博',
  '同款，{symptom}，{feeling}',
  '说好的安全认证呢',
  '',
];

/** Comments under a post. */
export const comments = [
  '我的也是这个型号，刚拔下来了',
  '{feeling}，明天就去退',
  '同款用了{months}，最近确实{symptom}',
  '星澜客服电话打不通',
  '坐标{city}，我家也有两个',
  '求问批次号在哪看',
  '{demand}！',
  '有没有人知道怎么查是不是问题批次',
  '其实所有充电宝都有风险吧，别太恐慌',
  '工作人员处理得好快，点赞',
  '这种事必须曝光',
  '已举报到12315',
  '等一个官方说法',
  '已转给我妈看',
];

/** People telling their own stories. */
export const witnesses = [
  '我的星澜X20在{place}{symptom}，{feeling}。{tag}',
  '看到新闻赶紧检查了一下，我的星澜充电宝也{symptom}了，用了才{months}。',
  '去年买的星澜充电宝，前两天在{place}{symptom}，当时还以为是个例 {tag}',
  '家里三个星澜充电宝，全部停用了。{demand}。',
  '{city}这边也有人反映星澜充电宝{symptom}，是不是同一批次？',
];

/** Edited copies of the first post: cut, re-tagged, re-worded. The generator also cuts `originText` itself. */
export const copyFrames = ['【扩散】{cut}', '{cut}…… {tag}', '{tag}{cut}', '转：{cut}（来源网络）', '{cut} 大家注意安全！！'];

export const rumours = [
  '内部消息：星澜科技工厂昨晚也起火了，已经被查封，老板连夜跑路 {tag}',
  '听说地铁那次有三个人烧伤送医，官方在压消息',
  '星澜科技要破产了，员工群都炸了，截图在评论区',
  '据说星澜X20用的是回收电芯，成本只有十几块',
];

export const rumourReposts = ['真的假的？', '细思极恐', '难怪一直不回应', '等官方辟谣', '别传谣，等通报', '这就说得通了'];

export const newsCn = [
  {
    title: '{city}地铁一乘客充电宝冒烟起火 涉事品牌为星澜科技',
    text: '{date}早高峰，深圳地铁2号线一列车厢内，一名乘客随身携带的充电宝突然冒烟起火。地铁工作人员迅速使用灭火器处置，未造成人员受伤。记者注意到，涉事充电宝为星澜科技生产的X20型号。多名网友在社交平台反映，该型号产品曾出现发烫、鼓包等情况。',
  },
  {
    title: '星澜充电宝起火事件持续发酵 多地用户反映同类问题',
    text: '连日来，关于星澜X20充电宝发热、冒烟的投诉在多个平台增加。有消费者表示已向12315投诉，{demand}。专家提醒，充电宝出现鼓包、异味时应立即停止使用，不要在密闭空间充电。',
  },
  {
    title: '充电宝为何会起火？专家解读锂电池安全隐患',
    text: '近期多起充电宝起火事件引发关注。业内人士介绍，电芯品质、保护电路设计和使用环境是影响安全的关键。消费者购买时应认准3C认证，避免长时间高温环境使用。',
  },
  {
    title: '网传“星澜科技工厂被查封”不实 当地市场监管部门回应',
    text: '针对网上流传的“星澜科技工厂起火被查封”等说法，深圳市市场监督管理局相关负责人表示，经核实该信息不实，目前已对涉事批次产品开展抽检，结果将及时公布。',
  },
  {
    title: '星澜科技宣布召回部分批次X20充电宝',
    text: '星澜科技发布声明称，经初步排查，2026年3月至5月生产的部分X20充电宝存在电芯一致性问题，公司将主动召回并为用户免费更换或退款，同时向地铁事件中的乘客致歉。',
  },
  {
    title: '召回一周：星澜科技已完成逾万台充电宝更换',
    text: '记者从星澜科技获悉，召回启动以来，已为{number}名用户完成更换或退款。多家门店设置了专门的检测点。有用户表示“{praise}”，也有用户认为“{doubt}”。',
  },
];

export const newsEn = [
  {
    title: 'Power bank catches fire on Shenzhen metro; maker Xinglan under scrutiny',
    text: 'A portable charger made by Shenzhen-based Xinglan Tech caught fire on a crowded metro train on {date}, according to posts on Chinese social media. Staff put out the fire and no injuries were reported. Users online say the X20 model has {en_symptom} before.',
  },
  {
    title: 'Xinglan Tech recalls X20 power banks after metro fire',
    text: 'Chinese electronics maker Xinglan Tech said it will recall X20 power banks made between March and May, citing cell consistency problems, and apologised to passengers affected by a fire on the Shenzhen metro. Rumours that its factory had been shut were denied by local regulators.',
  },
  {
    title: 'What the Xinglan recall tells us about cheap lithium cells',
    text: 'Battery engineers say the Xinglan case is a reminder that protection circuits are often the first place cost is cut. The company says it has replaced more than ten thousand units so far.',
  },
];

export const socialEn = [
  'My Xinglan X20 {en_symptom} {en_place}. Anyone else? #powerbank',
  'Saw the video of the Xinglan power bank fire in Shenzhen. Checking the batch number on mine now.',
  'PSA: if you own a Xinglan X20 power bank, stop using it until you check the recall list.',
  'The Xinglan recall was faster than I expected, got a replacement in three days.',
  'Is the rumour about the Xinglan factory being shut true? Local regulator says no.',
];

export const videoTitles = [
  '实拍！地铁上充电宝冒烟起火瞬间',
  '【拆解】星澜X20充电宝为什么会起火？',
  '充电宝鼓包了还能用吗？一分钟教你判断',
  '星澜充电宝召回怎么办理？手把手教程',
  '测评：五款热门充电宝高温测试',
];

export const forumThreads = [
  { title: '星澜充电宝是不是质量有问题？', text: '最近看到好几个起火的新闻，我手上这个要不要扔？用了{months}了。' },
  {
    title: '如何看待星澜科技充电宝起火事件？',
    text: '作为电池行业从业者，说几点：一是电芯一致性，二是保护板设计，三是使用环境。不建议恐慌，但问题批次应该尽快召回。',
  },
  { title: '星澜召回办理经验分享', text: '今天去门店换了新的，排队半小时，{praise}。需要带购买凭证。' },
  { title: '星澜这次公关怎么看', text: '声明来得有点晚，但召回范围和道歉都算到位，{doubt}' },
];

export const statementText =
  '【关于X20充电宝相关情况的说明】近日，有用户反映我司X20充电宝在地铁内冒烟起火，我们对此深表歉意。经初步排查，2026年3月至5月生产的部分批次存在电芯一致性问题。即日起我司主动召回上述批次产品，用户可免费更换或全额退款。网传“工厂被查封”“多人受伤”等信息不实。感谢社会各界监督。';

export const regulatorText =
  '【情况通报】关于网传“星澜科技工厂起火被查封”的信息，经核实不实。我局已对星澜科技X20充电宝开展专项抽检，并督促企业落实召回主体责任。请广大市民不信谣、不传谣。';

export const fireDeptText =
  '【提醒】充电宝出现发烫、鼓包、异味时请立即停止使用；乘坐地铁、高铁时请勿将充电宝放在密闭包内边充边用。#充电宝安全#';

export const reactions = [
  '终于回应了，{praise}',
  '召回是对的，{doubt}',
  '辟谣了就好，前面传得太离谱',
  '已经约了更换，{praise}',
  '道歉声明看了，{doubt}',
  '星澜这次算是及时止损',
  '以后买充电宝还是要看认证',
];

export const recoveries = [
  '星澜换的新充电宝到了，{praise}',
  '去门店检测了，我的不在召回批次，放心了',
  '星澜科技公布第三方检测报告，新批次全部合格',
  '星澜X20召回进度公开：已完成{number}台更换',
  '事件过去几天了，星澜客服回访了，{praise}',
];

export const outlets: readonly Outlet[] = [
  { name: '南方晨报', channel: 'news', key: 'nanfang-morning', host: 'www.nanfang-morning.example', followers: 0, lang: 'zh' },
  { name: '都市快报网', channel: 'news', key: 'dushi-express', host: 'news.dushi-express.example', followers: 0, lang: 'zh' },
  { name: '科技前线', channel: 'news', key: 'tech-frontline', host: 'www.tech-frontline.example', followers: 0, lang: 'zh' },
  { name: '财经观察', channel: 'news', key: 'caijing-watch', host: 'finance.caijing-watch.example', followers: 0, lang: 'zh' },
  { name: '消费维权在线', channel: 'wechat', platform: 'wechat', key: 'wechat', followers: 520_000, lang: 'zh' },
  { name: '数码生活圈', channel: 'wechat', platform: 'wechat', key: 'wechat', followers: 180_000, lang: 'zh' },
  { name: '深圳身边事', channel: 'wechat', platform: 'wechat', key: 'wechat', followers: 960_000, lang: 'zh' },
  { name: '头条号·热点追踪', channel: 'app', platform: 'toutiao', key: 'toutiao', followers: 2_300_000, lang: 'zh' },
  { name: 'Tech Daily Wire', channel: 'news', key: 'techdailywire', host: 'www.techdailywire.example', followers: 0, lang: 'en' },
  { name: 'Asia Consumer Report', channel: 'news', key: 'asia-consumer', host: 'asiaconsumer.example', followers: 0, lang: 'en' },
];

export const provinces = [
  '广东',
  '广东',
  '广东',
  '北京',
  '上海',
  '浙江',
  '江苏',
  '四川',
  '湖北',
  '河南',
  '山东',
  '福建',
  '湖南',
  '陕西',
  '重庆',
  '海外',
];

/** Nickname parts for the crowd. */
export const nickA = [
  '爱吃',
  '不吃',
  '快乐',
  '佛系',
  '深夜',
  '早起',
  '暴躁',
  '温柔',
  '摸鱼',
  '努力',
  '路过',
  '一只',
  '小城',
  '北漂',
  '南方',
];
export const nickB = [
  '的猫',
  '小王',
  '阿杰',
  '橙子',
  '打工人',
  '程序员',
  '宝妈',
  '学生党',
  '数码控',
  '上班族',
  '吃瓜群众',
  '老张',
  '大叔',
  '小姐姐',
  '青年',
];
export const nickEn = [
  'lina_p',
  'techtom',
  'volt_watch',
  'meiko',
  'gadget_greg',
  'cell_guy',
  'sarah.k',
  'dave_on_bikes',
  'nightowl',
  'jpark',
];
