/**
 * Places in a text and the author's place from the platform's label. Ambiguity rules (see docs/analysis.md):
 * leftmost-longest wins (内蒙古 over 蒙古, 浙江 over 江西 in 浙江西部), blockers hide look-alikes (南海, 大同小异),
 * bare 吉林 is the province and 吉林市 the city, and a one-character abbreviation (沪, 粤) counts in running text
 * only after a movement word (来沪, 赴京, 在粤) or before 籍/牌, and always in a platform label.
 */
import { gazetteer, type Place } from './gazetteer.js';

const ABBR_BEFORE = '来在赴返抵离驻进回留';
/** Abbreviations trusted in running text; 吉 黑 苏 新 台 青 宁 甘 are too common as ordinary characters and count only in labels. */
const TEXT_ABBREVIATIONS = '京津沪渝冀晋辽皖闽赣鲁豫鄂湘粤琼川黔滇陕桂藏港澳浙蒙';
const ABBR_AFTER_OK = '工务期打读办就求学开参看访';
const HAN = /\p{Script=Han}/u;
const LABEL_PREFIX = /^(?:ip\s*属地|ip\s*归属地|属地|归属地|发布于|来自|地区|位置|ip)\s*[:：]?\s*/i;

/** Code units that are abbreviations trusted in running text. */
const TEXT_ABBREVIATION = new Uint8Array(65536);
for (const c of TEXT_ABBREVIATIONS) TEXT_ABBREVIATION[c.charCodeAt(0)] = 1;

/** Every place named in the text, in order of first appearance, without repeats. */
export function findPlaces(text: string): Place[] {
  const g = gazetteer();
  const found: Array<{ at: number; place: Place }> = [];
  for (const hit of g.trie.find(text)) for (const place of hit.value) found.push({ at: hit.start, place });
  for (let i = 0; i < text.length; i++) {
    if (TEXT_ABBREVIATION[text.charCodeAt(i)] !== 1) continue;
    const province = g.abbreviations.get(text[i] as string);
    if (province && abbreviationInContext(text, i)) found.push({ at: i, place: { kind: 'province', province } });
  }
  // Latin names start with a capital letter: text without one has none.
  if (HAS_CAPITAL.test(text)) {
    g.english.lastIndex = 0;
    for (const m of text.matchAll(g.english)) {
      const place = g.englishPlaces.get(m[0]);
      if (place) found.push({ at: m.index ?? 0, place });
    }
  }
  if (found.length > 1) found.sort((a, b) => a.at - b.at);
  return dedupe(found);
}

const HAS_CAPITAL = /[A-Z]/;

function abbreviationInContext(text: string, i: number): boolean {
  const before = text[i - 1] ?? '';
  const after = text[i + 1] ?? '';
  if (after === '籍' || after === '牌' || (after === '上' && text[i] === '沪')) return true;
  if (!ABBR_BEFORE.includes(before) || before === '') return false;
  return after === '' || !HAN.test(after) || ABBR_AFTER_OK.includes(after);
}

/** The author's place from a label like `IP属地：广东`, `发布于 上海`, `IP属地:美国`; the most specific place named. */
export function placeFromLabel(label: string | null): Place | null {
  if (!label) return null;
  const rest = label.normalize('NFKC').trim().replace(LABEL_PREFIX, '').trim();
  if (rest === '') return null;
  const g = gazetteer();
  const abbr = g.abbreviations.get(rest);
  if (abbr) return { kind: 'province', province: abbr };
  const places = findPlaces(rest);
  const rank = (p: Place) => (p.kind === 'city' ? 3 : p.kind === 'province' ? 2 : p.country === '中国' ? 0 : 1);
  let best: Place | null = null;
  for (const p of places) if (!best || rank(p) > rank(best)) best = p;
  return best;
}

/** Tag values: a province by its name, a city by its name and its province's, a country as `国家:<name>`. */
export function placeTags(places: readonly Place[]): string[] {
  const out = new Set<string>();
  for (const p of places) {
    if (p.kind === 'country') out.add(`国家:${p.country}`);
    else {
      out.add(p.province);
      if (p.kind === 'city') out.add(p.city);
    }
  }
  return [...out];
}

const keyOf = (p: Place) => (p.kind === 'country' ? `c:${p.country}` : p.kind === 'city' ? `m:${p.city}` : `p:${p.province}`);

function dedupe(found: ReadonlyArray<{ place: Place }>): Place[] {
  if (found.length === 0) return [];
  if (found.length === 1) return [(found[0] as { place: Place }).place];
  const seen = new Set<string>();
  const out: Place[] = [];
  for (const { place } of found) {
    const k = keyOf(place);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(place);
  }
  return out;
}
