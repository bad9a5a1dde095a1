/**
 * The facts of a report that a copy keeps: its numbers (counts, dates, times, amounts), its names (places,
 * institutions) and its casualty outcomes (injured, dead, missing). Two texts
 * written from one template with different facts — `杭州市西湖区发生火灾，3人受伤` and `宁波市鄞州区发生火灾，5人死亡` —
 * share most of their shingles but are different reports for a monitoring desk. A copy may lose facts (truncation,
 * a cut in the middle) or gain some (an added comment); it never has facts of its own where the other has others.
 */
import type { DuplicateFacts } from '../../domain/mention.js';
import { findPlaces } from '../regions/resolve.js';

export type Facts = DuplicateFacts;

const ARABIC = /\d+(?:\.\d+)?/g;
const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10_000, 亿: 100_000_000 };
// A Chinese numeral counts as a fact only before a measure word: 三人受伤, 五辆车, 十二月; not 一直, 一样, 万一
// (个, 点, 分, 时, 起 are left out: 一个, 一点, 十分, 一时, 一起 are mostly not numbers).
const CHINESE = /[零〇一二两三四五六七八九十百千万亿]+(?=[人名位辆家户栋座岁次天年月日号层架艘处间吨元米条只倍])/gu;
// District-like names: two characters and an administrative suffix; common words ending in one are left out.
const DISTRICT = /(\p{Script=Han}{2})(新区|区|县|镇|街道)/gu;
const NOT_DISTRICT = new Set(
  '小区 社区 景区 地区 市区 城区 园区 山区 灾区 辖区 论区 专区 分区 街区 郊区 片区 禁区 误区 盲区 雷区 战区 时区 疫区 老区 矿区 湾区 牧区 展区 赛区 考区 学区 商区 校区 厂区 城镇 乡镇 村镇 重镇 古镇 小镇 市县 郡县 区县'.split(
    ' ',
  ),
);
const ADMIN_BEFORE = '市省州盟';
const OUTCOMES: Record<string, string> = {
  受伤: '伤',
  负伤: '伤',
  轻伤: '伤',
  重伤: '伤',
  伤势: '伤',
  死亡: '亡',
  遇难: '亡',
  身亡: '亡',
  丧生: '亡',
  罹难: '亡',
  失联: '失联',
  失踪: '失联',
  被困: '困',
};
const OUTCOME = new RegExp(Object.keys(OUTCOMES).join('|'), 'g');
// Institution-like names: one to four characters before 医院, 中学, 幼儿园…, starting after punctuation or a division
// (市第一人民医院, 区实验小学, `中医院回应`). Companies are left out: 公司, 集团 follow ordinary words too often.
const INSTITUTION = /(?<=^|[^\p{Script=Han}]|[市区县省镇州])\p{Script=Han}{1,4}?(?:医院|卫生院|小学|中学|大学|学院|幼儿园|法院)/gu;
// A text cut off with an ellipsis may end inside a number: that last number is not a fact.
const CUT_END = /\d+(?:\.\d+)?\s*(?:…+|\.{2,})\s*(?:全文)?\s*$/u;

function chineseNumber(s: string): number {
  if (![...s].some((c) => c in UNITS)) return Number([...s].map((c) => DIGITS[c] ?? 0).join(''));
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const c of s) {
    const unit = UNITS[c];
    if (unit === undefined) digit = DIGITS[c] ?? 0;
    else if (unit >= 10_000) {
      total = (total + section + digit) * unit;
      section = 0;
      digit = 0;
    } else {
      section += (digit || 1) * unit;
      digit = 0;
    }
  }
  return total + section + digit;
}

// What each pattern cannot match without: a text lacking all of them skips that pattern's scan (the answer is the same).
const INSTITUTION_ENDS = ['医院', '卫生院', '小学', '中学', '大学', '学院', '幼儿园', '法院'];
const DISTRICT_CHARS = /[区县镇]|街道/u;
const CHINESE_DIGITS = /[零〇一二两三四五六七八九十百千万亿]/u;

const hasAny = (text: string, words: readonly string[]) => words.some((w) => text.includes(w));

/** The facts of a cleaned, folded text (`cleanText`: punctuation still there, so `3, 5人` stays two numbers). */
export function factsOf(text: string): Facts {
  const numbers: string[] = [];
  const body = text.replace(CUT_END, '');
  for (const m of body.matchAll(ARABIC)) numbers.push(String(Number(m[0])));
  if (CHINESE_DIGITS.test(body)) for (const m of body.matchAll(CHINESE)) numbers.push(String(chineseNumber(m[0])));
  const names = new Set<string>();
  for (const p of findPlaces(body)) names.add(p.kind === 'city' ? p.city : p.kind === 'province' ? p.province : p.country);
  for (const m of DISTRICT_CHARS.test(body) ? body.matchAll(DISTRICT) : []) {
    const [, name = '', suffix = ''] = m;
    // After a city or province (深圳市南山区) it is a district even when it reads like a common word (山区).
    const afterDivision = ADMIN_BEFORE.includes(body[(m.index ?? 0) - 1] ?? '');
    if (afterDivision || (!NOT_DISTRICT.has(`${name.slice(-1)}${suffix}`) && !NOT_DISTRICT.has(`${name}${suffix}`))) {
      names.add(`${name}${suffix}`);
    }
  }
  if (hasAny(body, INSTITUTION_ENDS)) for (const m of body.matchAll(INSTITUTION)) names.add(m[0]);
  const outcomes = new Set([...body.matchAll(OUTCOME)].map((m) => OUTCOMES[m[0]] ?? m[0]));
  return { numbers: numbers.sort(), names: [...names].sort(), outcomes: [...outcomes].sort() };
}

/** Each side has a value (or a repeat of one) the other lacks: different facts, so different reports. One side only missing some is a copy. */
function conflict(a: readonly string[], b: readonly string[]): boolean {
  const count = new Map<string, number>();
  for (const x of a) count.set(x, (count.get(x) ?? 0) + 1);
  for (const x of b) count.set(x, (count.get(x) ?? 0) - 1);
  let aMore = false;
  let bMore = false;
  for (const n of count.values()) {
    if (n > 0) aMore = true;
    if (n < 0) bMore = true;
  }
  return aMore && bMore;
}

export function factsConflict(a: Facts, b: Facts): boolean {
  return conflict(a.numbers, b.numbers) || conflict(a.names, b.names) || conflict(a.outcomes, b.outcomes);
}
