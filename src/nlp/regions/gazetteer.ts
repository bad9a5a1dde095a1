/**
 * The place gazetteer as one longest-match trie over simplified text: provinces (full and short names), cities (with
 * and without 市), countries, multi-province groups (京津冀), and blockers — words that contain a place name but mean
 * something else (南海 is not 海南, 大同小异 is not 大同). Leftmost-longest scanning lets a blocker hide the name inside it.
 */
import type { Place } from '../../domain/analysis.js';
import { WordTrie } from '../segment/trie.js';
import { COUNTRIES } from './countries.js';
import { PROVINCES } from './provinces.js';

export type { Place };

/** A gazetteer entry: the places a name stands for, or none for a blocker. */
export type GazetteerEntry = readonly Place[];

const BLOCKERS =
  '南海 南海区 孙中山 中山路 中山装 中山公园 中山大学 中山陵 大同小异 世界大同 长治久安 三明治 四平八稳 日照时间 大理石 北海公园 出海口 ' +
  '河南岸 湖南岸 江西岸 山南海北 天山南北 桃园结义 新北京 东南亚 西南部 中国台湾 江山';

const GROUPS: Record<string, readonly string[]> = {
  京津冀: ['北京', '天津', '河北'],
  江浙沪: ['江苏', '浙江', '上海'],
  珠三角: ['广东'],
  粤港澳: ['广东', '香港', '澳门'],
  长三角: ['上海', '江苏', '浙江', '安徽'],
};

/** English names of provinces and the biggest cities (Latin text is matched case-sensitively, whole words). */
const ENGLISH: Record<string, Place> = {
  Beijing: { kind: 'province', province: '北京' },
  Shanghai: { kind: 'province', province: '上海' },
  Tianjin: { kind: 'province', province: '天津' },
  Chongqing: { kind: 'province', province: '重庆' },
  Guangdong: { kind: 'province', province: '广东' },
  Guangzhou: { kind: 'city', province: '广东', city: '广州' },
  Shenzhen: { kind: 'city', province: '广东', city: '深圳' },
  Hangzhou: { kind: 'city', province: '浙江', city: '杭州' },
  Wuhan: { kind: 'city', province: '湖北', city: '武汉' },
  Chengdu: { kind: 'city', province: '四川', city: '成都' },
  Nanjing: { kind: 'city', province: '江苏', city: '南京' },
  Xinjiang: { kind: 'province', province: '新疆' },
  Tibet: { kind: 'province', province: '西藏' },
  'Hong Kong': { kind: 'province', province: '香港' },
  Macau: { kind: 'province', province: '澳门' },
  Macao: { kind: 'province', province: '澳门' },
  Taiwan: { kind: 'province', province: '台湾' },
  Taipei: { kind: 'city', province: '台湾', city: '台北' },
};

export interface Gazetteer {
  /** Chinese names (simplified), blockers included. */
  trie: WordTrie<GazetteerEntry>;
  /** One-character abbreviation → province name. */
  abbreviations: ReadonlyMap<string, string>;
  /** Latin names (countries, big Chinese places), case-sensitive whole words. */
  english: RegExp;
  englishPlaces: ReadonlyMap<string, Place>;
}

let built: Gazetteer | null = null;

export function gazetteer(): Gazetteer {
  if (built) return built;
  const trie = new WordTrie<GazetteerEntry>();
  const abbreviations = new Map<string, string>();
  const englishPlaces = new Map<string, Place>();
  for (const c of COUNTRIES) {
    const place: Place = { kind: 'country', country: c.name };
    for (const name of c.zh) trie.add(name, [place]);
    for (const name of c.en) englishPlaces.set(name, place);
  }
  for (const pr of PROVINCES) {
    const place: Place = { kind: 'province', province: pr.name };
    trie.add(pr.name, [place]);
    trie.add(pr.full, [place]);
    abbreviations.set(pr.abbr, pr.name);
    for (const city of pr.cities) {
      const cityPlace: Place = { kind: 'city', province: pr.name, city };
      // A city named like its province (吉林) is the city only with 市; the bare name is the province.
      if (city !== pr.name) trie.add(city, [cityPlace]);
      trie.add(`${city}市`, [cityPlace]);
    }
  }
  trie.add('吉林市', [{ kind: 'city', province: '吉林', city: '吉林' }]);
  for (const [name, provinces] of Object.entries(GROUPS))
    trie.add(
      name,
      provinces.map((province) => ({ kind: 'province', province })),
    );
  for (const b of BLOCKERS.split(' ')) trie.add(b, []);
  for (const [name, place] of Object.entries(ENGLISH)) englishPlaces.set(name, place);
  const alternatives = [...englishPlaces.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.]/g, '\\.'));
  const english = new RegExp(`(?<![A-Za-z])(?=[A-Z])(?:${alternatives.join('|')})(?![A-Za-z])`, 'g');
  built = { trie, abbreviations, english, englishPlaces };
  return built;
}
