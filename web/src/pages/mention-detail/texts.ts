/** Words of the severity card on a mention's detail, Chinese first with English; kept beside the card. */
import { fill, type Lang } from '../../i18n/index.js';

const texts = {
  title: { zh: '风险等级', en: 'Severity' },
  help: {
    zh: '负面信息即为高风险信息，按负面、传播量、信源等级和敏感类别评级，使用本单位当前的等级模型和信源等级。',
    en: "A negative mention is high-risk; it is graded on negativity, reach, source authority and sensitive categories with this workspace's current model and tiers.",
  },
  score: { zh: '{score} 分', en: 'score {score}' },
  event: { zh: '所属事件', en: 'Event' },
  noEvent: { zh: '尚未归入事件', en: 'Not in an event yet' },
  settings: { zh: '等级模型', en: 'Severity model' },
} as const;

export function text(lang: Lang, key: keyof typeof texts, vars?: Record<string, string | number>): string {
  return fill(texts[key][lang], vars);
}
