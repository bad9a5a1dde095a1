/**
 * Chinese (simplified) UI messages: the reference dictionary. Every other language must
 * provide exactly these keys (see `en.ts`), so a missing translation fails the type check.
 * `{name}` placeholders are filled by `t(key, { name })`.
 */
export const zh = {
  'app.name': '舆情 Yuqing',
  'app.tagline': '自托管的舆情监测与处置平台',
  'app.loading': '加载中…',
  'app.serverDown': '无法连接到服务器',
  'app.retry': '重试',

  'lang.switch': 'English',
  'lang.switchTitle': '切换到英文界面',

  'nav.home': '首页',
  'nav.mentions': '舆情信息',

  'login.title': '登录',
  'login.subtitle': '登录后查看本单位的舆情信息',
  'login.username': '用户名',
  'login.password': '密码',
  'login.usernameRequired': '请输入用户名',
  'login.passwordRequired': '请输入密码',
  'login.submit': '登录',
  'login.footer': '开源 · 自托管 · 数据留在你自己的服务器上',

  'user.logout': '退出登录',
  'user.superadmin': '超级管理员',

  'workspace.label': '单位',
  'workspace.none': '你还没有加入任何单位',
  'workspace.noneHint': '请联系管理员把你加入一个单位（租户）后再登录。',

  'home.welcome': '欢迎使用舆情 Yuqing',
  'home.workspaceIntro': '当前单位：{name}（你的角色：{role}）',
  'home.empty': '这里还没有数据。先把舆情信息接入进来，之后就可以按监测方案筛选、分级预警、处置和出具报告。',
  'home.haveMentions': '本单位已有 {total} 条舆情信息。监测方案、预警和报告等功能将在此基础上陆续推出。',
  'home.importTitle': '接入数据',
  'home.nextTitle': '接下来',
  'home.next.topics': '监测方案：用布尔关键词定义要关注的品牌、产品、人物和竞品',
  'home.next.sources': '信息源：新闻网站、社交媒体、论坛、博客的持续采集',
  'home.next.alerts': '预警与分级：情感、类别和等级 I–IV，重要信息即时提醒',
  'home.next.reports': '处置与报告：舆情事件、处置工单、快报续报和日报周报',
  'home.comingSoon': '即将推出',
  'home.viewMentions': '查看舆情信息',

  'import.intro': '两种方式把舆情信息带进来，都会先写入持久收件箱再由后台流水线处理：',
  'import.api': '推送接口',
  'import.apiHint': '用 API 令牌（bin/yuqing token create 用户名）向本单位推送一批条目：',
  'import.file': '文件导入',
  'import.fileHint': '在服务器上导入 JSON Lines 或 CSV 文件（任意大小，流式处理）：',
  'import.docs': '完整接口说明见 /api/v1/openapi.json。',

  'mentions.title': '舆情信息',
  'mentions.total': '共 {total} 条',
  'mentions.refresh': '刷新',
  'mentions.prev': '上一页',
  'mentions.next': '下一页',
  'mentions.page': '第 {page} 页',
  'mentions.pageSize': '{size} 条/页',
  'mentions.col.time': '发布时间',
  'mentions.col.content': '标题/内容',
  'mentions.col.source': '来源',
  'mentions.col.author': '作者',
  'mentions.col.engagement': '互动（转/评/赞）',
  'mentions.collectedFallback': '采集时间（无发布时间）',
  'mentions.reposts': '转发',
  'mentions.replies': '评论',
  'mentions.likes': '点赞',
  'mentions.untitled': '（无标题）',
  'mentions.emptyTitle': '还没有舆情信息',
  'mentions.loadFailed': '加载舆情信息失败',

  'notFound.title': '页面不存在',
  'notFound.back': '返回首页',

  'error.network': '网络错误，无法连接到服务器。',
  'error.badResponse': '服务器返回了无法识别的内容（HTTP {status}）。',
} as const;

export type MessageKey = keyof typeof zh;
export type Messages = Record<MessageKey, string>;
