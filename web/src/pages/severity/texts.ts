/** The words of the 等级模型 page, Chinese first with English; kept beside the page. */
import type { Lang } from '../../i18n/index.js';

const texts = {
  modelTitle: { zh: '等级模型', en: 'Severity model' },
  modelHelp: {
    zh: '事件和高风险信息的等级（I 特别重大 — IV 一般）按下面的因素打分：每个因素的强度在 0–1 之间，乘以权重后加权平均，再乘 100 得到总分，总分达到某级的起点即为该级。',
    en: "Events and high-risk mentions are graded I (most severe) to IV on these factors: each factor's strength (0–1) is weighted, averaged and multiplied by 100; the score reaches a level at its threshold.",
  },
  adminOnly: { zh: '只有管理员可以修改等级模型和信源等级。', en: 'Only admins may change the severity model and the source tiers.' },
  usingDefaults: { zh: '当前使用默认模型', en: 'Using the defaults' },
  customSaved: { zh: '已由 {who} 于 {at} 修改', en: 'Changed by {who} at {at}' },
  weights: { zh: '因素权重', en: 'Factor weights' },
  weightShare: { zh: '占 {p}', en: '{p} of the score' },
  eventThresholds: { zh: '事件等级起点（分）', en: 'Event level thresholds (score)' },
  mentionThresholds: { zh: '单条信息等级起点（分）', en: 'Single mention thresholds (score)' },
  mentionThresholdsHelp: {
    zh: '单条高风险信息只按负面、传播量、信源等级和敏感类别打分。',
    en: 'One high-risk mention is scored on negativity, reach, source authority and sensitive categories only.',
  },
  tierStrength: { zh: '信源等级强度（0–1）', en: 'Tier strength (0–1)' },
  sensitive: { zh: '敏感类别及强度（0–1，多类相加，最高 1）', en: 'Sensitive categories and strength (0–1, added up, at most 1)' },
  sensitiveMinShare: { zh: '占比达到（%）', en: 'Share at least (%)' },
  sensitiveMinMentions: { zh: '或条数达到', en: 'or mentions at least' },
  sensitiveRule: { zh: '某类别计入事件的条件', en: 'A category counts for an event when' },
  addCategory: { zh: '添加类别', en: 'Add category' },
  categoryKey: { zh: '类别标识', en: 'Category key' },
  scales: { zh: '满分刻度', en: 'Full-strength scales' },
  reachFull: { zh: '传播量满分', en: 'Reach at full strength' },
  pickupFull: { zh: '转载媒体数满分', en: 'Media outlets at full strength' },
  velocityFull: { zh: '每小时条数满分', en: 'Mentions an hour at full strength' },
  growthFull: { zh: '增速满分（倍）', en: 'Growth at full strength (×)' },
  growthMinMentions: { zh: '每小时少于此数不计增速', en: 'No growth judged under this many an hour' },
  spreadFull: { zh: '渠道数满分', en: 'Channels at full strength' },
  kolFollowers: { zh: '粉丝数达到即视为自媒体/大V', en: 'Followers from which an account is a KOL' },
  save: { zh: '保存', en: 'Save' },
  saved: { zh: '已保存，新的评级立即按此模型计算', en: 'Saved; gradings from now on use this model' },
  reset: { zh: '恢复默认', en: 'Restore defaults' },
  resetConfirm: { zh: '放弃本单位的设置，恢复默认模型？', en: "Drop this workspace's model and use the defaults?" },
  undo: { zh: '撤销修改', en: 'Undo changes' },
  problems: { zh: '模型还不能保存：', en: 'The model cannot be saved yet:' },
  previewTitle: { zh: '试算', en: 'Try it' },
  previewHelp: {
    zh: '用当前（未保存的）设置给示例事件评级，看每个因素贡献多少分。',
    en: 'Grades a sample event with the settings above (saved or not), showing what each factor adds.',
  },
  sample: { zh: '示例', en: 'Sample' },
  factor: { zh: '因素', en: 'Factor' },
  figure: { zh: '数值', en: 'Figure' },
  strength: { zh: '强度', en: 'Strength' },
  weight: { zh: '权重', en: 'Weight' },
  points: { zh: '得分', en: 'Points' },
  tiersTitle: { zh: '信源等级', en: 'Source authority tiers' },
  tiersHelp: {
    zh: '按信息源、网站域名或平台账号指定信源等级，优先于默认信源表。信息源的设置最优先，其次账号，再次域名；未列出的账号粉丝数达到门槛即为自媒体/大V。',
    en: 'Set the tier of a source, a web domain or a platform account; these win over the default table. A source wins over an account, an account over a domain; an unlisted account with enough followers is a KOL.',
  },
  kind: { zh: '类型', en: 'Kind' },
  'kind.source': { zh: '信息源', en: 'Source' },
  'kind.domain': { zh: '域名', en: 'Domain' },
  'kind.account': { zh: '账号', en: 'Account' },
  name: { zh: '名称', en: 'Name' },
  tier: { zh: '等级', en: 'Tier' },
  defaultTier: { zh: '默认', en: 'Default' },
  note: { zh: '备注', en: 'Note' },
  add: { zh: '添加', en: 'Add' },
  remove: { zh: '删除', en: 'Remove' },
  removeConfirm: { zh: '删除后恢复默认信源表的等级？', en: 'Remove it and go back to the default table?' },
  noEntries: { zh: '还没有本单位的信源等级设置', en: "No tiers of this workspace's own yet" },
  domainPlaceholder: { zh: '例如：thepaper.cn 或文章网址', en: 'e.g. thepaper.cn or an article URL' },
  accountPlaceholder: { zh: '例如：澎湃新闻', en: 'e.g. 澎湃新闻' },
  sourcePlaceholder: { zh: '选择信息源', en: 'Choose a source' },
  defaultsTitle: { zh: '默认信源表（{n} 个域名，{m} 个账号）', en: 'Default table ({n} domains, {m} accounts)' },
  domains: { zh: '域名', en: 'Domains' },
  accounts: { zh: '账号', en: 'Accounts' },
  none: { zh: '无', en: 'none' },
} as const;

export type TextKey = keyof typeof texts;

export function text(lang: Lang, key: TextKey, vars?: Record<string, string | number>): string {
  const s: string = texts[key][lang];
  return vars ? s.replace(/\{(\w+)\}/g, (whole, n: string) => (n in vars ? String(vars[n]) : whole)) : s;
}
