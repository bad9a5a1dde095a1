/**
 * The default taxonomy seeded into a workspace on first use: one query in the topic query language per category,
 * Chinese and English keywords written for this project. Workspaces edit, disable or add categories freely.
 *
 * Five of them are the sensitive categories severity reads by key (`SENSITIVE_CATEGORY_KEYS`, the keys of
 * `DEFAULT_SEVERITY_MODEL.sensitiveCategories`): safety accidents, casualties, children, food and drugs, officials.
 */

export interface CategoryDefinition {
  key: string;
  /** Display name (Chinese first; the web app shows the key's translation when it has one). */
  name: string;
  query: string;
}

export const DEFAULT_CATEGORIES: readonly CategoryDefinition[] = [
  {
    key: 'product_quality',
    name: '产品质量',
    query:
      '质量 OR 故障 OR 缺陷 OR 召回 OR 坏了 OR 做工 OR 异响 OR 断裂 OR 漏水 OR 死机 OR 黑屏 OR 返修 OR 次品 OR 掉漆 OR 变质 OR "quality issue" OR defect* OR recall* OR faulty OR broken OR malfunction*',
  },
  {
    key: 'service',
    name: '服务',
    query:
      '客服 OR 服务态度 OR 售后 OR 投诉 OR 退款 OR 退货 OR 维权 OR 推诿 OR 态度差 OR 不理睬 OR 物流 OR 快递 OR 排队 OR "customer service" OR refund* OR complain* OR complaint*',
  },
  {
    key: 'safety',
    name: '安全',
    query:
      '事故 OR 起火 OR 着火 OR 失火 OR 火灾 OR 冒烟 OR (爆炸 -爆炸性 -信息爆炸) OR 爆燃 OR 自燃 OR 坍塌 OR 垮塌 OR 倒塌 OR 泄漏 OR 险情 OR 安全隐患 OR 刹车失灵 OR 触电 OR 踩踏 OR 侧翻 OR 追尾 OR 脱轨 OR 安全生产 OR 备降 OR 迫降 OR 发动机故障 OR safety OR accident* OR (fire -"under fire") OR blaze OR explosion* OR exploded OR collapse* OR "gas leak"* OR derail* OR "car crash"* OR "plane crash"* OR "emergency landing"* OR "engine failure"*',
  },
  {
    key: 'casualty',
    name: '伤亡',
    query:
      '伤亡 OR (死亡 -鱼虾死亡 -鱼类死亡 -牲畜死亡) OR 身亡 OR 遇难 OR 罹难 OR 丧生 OR 殒命 OR 致死 OR 致人死亡 OR 不治 OR 受伤 OR 伤者 OR 重伤 OR 轻伤 OR 烧伤 OR 烫伤 OR 骨折 OR 送医 OR 抢救 OR 失踪 OR 遗体 OR 尸体 OR 命案 OR 溺亡 OR 猝死 OR killed OR death OR deaths OR "people died" OR (fatal* -"fatal error"*) OR injur* OR wounded OR casualt* OR hospitali* OR drowned',
  },
  {
    key: 'children',
    name: '未成年人',
    query:
      '未成年 OR 儿童 OR 幼儿 OR 婴儿 OR 婴幼儿 OR 新生儿 OR 小孩 OR 孩子 OR 女童 OR 男童 OR 学童 OR 青少年 OR 幼儿园 OR 小学 OR 中学 OR 初中生 OR 高中生 OR 课间奶 OR 学生奶 OR 母婴 OR 奶粉 OR 童装 OR 玩具 OR child OR children OR kid OR kids OR infant* OR toddler* OR baby OR babies OR pupil* OR schoolchild* OR teenager* OR juvenile* OR underage',
  },
  {
    key: 'food_drug',
    name: '食品药品',
    query:
      '食品安全 OR 食物中毒 OR 食源性 OR 过期食品 OR 变质 OR 霉变 OR 发霉 OR 异物 OR 添加剂 OR 非法添加 OR 地沟油 OR 农药残留 OR 农残 OR 兽药残留 OR 瘦肉精 OR 致癌 OR 假药 OR 劣药 OR 药品 OR 药物 OR 疫苗 OR 不良反应 OR 副作用 OR 医疗器械 OR 保健品 OR 奶粉 OR 腹泻 OR 呕吐 OR 腹痛 OR 肚子疼 OR 食堂 OR 沙门氏菌 OR 吃出 NEAR/6 头发 OR 吃出 NEAR/6 虫 OR 吃出 NEAR/6 蟑螂 OR 饮用水 OR 水质 OR "food safety" OR "food poisoning" OR contaminat* OR salmonella OR listeria OR "e coli" OR drug OR drugs OR medicine* OR medication* OR vaccine* OR pharmac* OR "side effect"* OR "adverse reaction"* OR "expired food"',
  },
  {
    key: 'officials',
    name: '公职人员',
    query:
      '官员 OR 公职人员 OR 公务员 OR 干部 OR 书记 OR (市长 -超市长 -城市长) OR 县长 OR 省长 OR 局长 OR 厅长 OR 处长 OR 科长 OR 村支书 OR 村官 OR 纪委 OR 监委 OR 落马 OR 双开 OR 贪污 OR 受贿 OR 行贿 OR 腐败 OR 渎职 OR 滥用职权 OR 民警 OR 警察 OR 城管 OR 执法人员 OR 政府工作人员 OR officials OR "government official"* OR "public official"* OR "civil servant"* OR mayor OR governor OR "party secretary" OR bureaucrat* OR corruption OR bribe* OR police',
  },
  {
    key: 'price',
    name: '价格',
    query:
      '价格 OR 涨价 OR 降价 OR 太贵 OR 乱收费 OR 收费 OR 性价比 OR 价格战 OR 优惠 OR 折扣 OR 溢价 OR price* OR pricing OR expensive OR overpriced OR discount*',
  },
  {
    key: 'labour',
    name: '劳动用工',
    query:
      '裁员 OR 欠薪 OR 拖欠工资 OR 讨薪 OR 加班 OR 996 OR 劳动合同 OR 社保 OR 罢工 OR 工伤 OR 辞退 OR 劳动仲裁 OR 员工 OR layoff* OR "laid off" OR strike OR overtime OR wage* OR employee*',
  },
  {
    key: 'legal',
    name: '法律合规',
    query:
      '违法 OR 违规 OR 诉讼 OR 起诉 OR 判决 OR 法院 OR 罚款 OR 处罚 OR 立案 OR 侵权 OR 合规 OR 涉嫌 OR 监管 OR 约谈 OR 被查 OR lawsuit* OR sued OR court OR fined OR regulator* OR investigation* OR compliance OR illegal',
  },
  {
    key: 'finance',
    name: '财务金融',
    query:
      '财报 OR 营收 OR 利润 OR 亏损 OR 股价 OR 市值 OR 融资 OR 上市 OR 债务 OR 暴雷 OR 破产 OR 分红 OR 净利 OR revenue OR profit* OR losses OR shares OR stock OR earnings OR debt OR bankrupt* OR IPO',
  },
  {
    key: 'environment',
    name: '环境',
    query:
      '污染 OR 排放 OR 环保 OR 废水 OR 废气 OR 雾霾 OR 碳排放 OR 生态 OR 噪音 OR 异味 OR 排污 OR pollution OR emission* OR environmental OR toxic OR waste',
  },
  {
    key: 'executives',
    name: '高管',
    query:
      '董事长 OR 总裁 OR CEO OR 总经理 OR 高管 OR 创始人 OR 董事会 OR 辞职 OR 留置 OR executive* OR chairman OR founder OR "chief executive" OR resign*',
  },
  {
    key: 'rumour',
    name: '谣言',
    query:
      '谣言 OR 辟谣 OR 不实 OR 造谣 OR 传言 OR 假消息 OR 网传 OR 据传 OR 谣传 OR 虚假信息 OR rumor* OR rumour* OR hoax OR "fake news" OR misinformation OR debunk*',
  },
  {
    key: 'praise',
    name: '表扬',
    query:
      '点赞 OR 好评 OR 表扬 OR 感谢 OR 赞扬 OR 五星 OR 给力 OR 良心 OR 暖心 OR 锦旗 OR praise* OR recommend* OR excellent OR "thank you" OR kudos OR "well done"',
  },
];

/** The sensitive categories severity weighs (`src/severity/model.ts`), by key. */
export const SENSITIVE_CATEGORY_KEYS = ['safety', 'casualty', 'children', 'food_drug', 'officials'] as const;
