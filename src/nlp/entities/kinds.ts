/** Entity kinds and how jieba's part-of-speech tags and user-dictionary kinds map onto them. */
import type { Entity, EntityKind } from '../../domain/analysis.js';
import type { UserWordKind } from '../segment/lexicon.js';
import { isAllHan } from '../text/char-classes.js';

export type { Entity, EntityKind };

export function kindOfTag(tag: string): EntityKind | null {
  if (tag === 'nr' || tag === 'nrfg' || tag === 'nrt') return 'person';
  if (tag === 'nt') return 'org';
  if (tag === 'ns') return 'place';
  return null;
}

export function kindOfUserWord(kind: UserWordKind): EntityKind | null {
  return kind === 'other' ? null : kind;
}

/** The most common Chinese surnames: an unknown two- or three-character word (HMM-found) starting with one is taken as a name. */
export const SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split(
    '',
  ),
);

/**
 * Characters a personal name does not end with: locatives, particles and function words. jieba's dictionary tags
 * fragments such as 包里 (乘客包里的), 史前 or 太后 as names; a name tag ending in one of these is not a person.
 */
export const NON_NAME_ENDINGS = new Set('里上下中内外前后旁边的了着过们在到说是和跟与就都也又还很吗呢吧啊'.split(''));

/** What starts a two-character name besides a surname: 小林, 老王, 阿强. */
const NAME_PREFIXES = new Set(['小', '老', '阿']);

/**
 * Whether a word tagged or guessed as a name can be a person's name: 2–4 Han characters, not ending in a locative or
 * particle, and a two-character one starting with a common surname or 小/老/阿. Most two-character words jieba's
 * dictionary tags `nr` are ordinary words (明白, 文明, 阳光, 辟谣: about 3,200 of its 4,500); names with rarer
 * surnames (鲁迅) are lost unless the workspace's dictionary lists them.
 */
export function isPlausiblePersonName(word: string): boolean {
  const chars = [...word];
  if (chars.length < 2 || chars.length > 4 || !isAllHan(word)) return false;
  if (NON_NAME_ENDINGS.has(chars[chars.length - 1] ?? '')) return false;
  const first = chars[0] ?? '';
  return chars.length > 2 || SURNAMES.has(first) || NAME_PREFIXES.has(first);
}

/** Words that end an organisation's name; the nouns before them make the name (广州市第一人民医院). */
export const ORG_SUFFIXES = new Set(
  '公司 集团 银行 大学 学院 中学 小学 医院 法院 检察院 委员会 协会 基金会 研究院 研究所 政府 公安局 派出所 电视台 报社 出版社 交易所 保险 证券 基金 局 厅 部 署 办'.split(
    ' ',
  ),
);
