/** Traditional (and Taiwan/Hong Kong variant) → simplified Chinese, one UTF-16 unit to one, from OpenCC's tables. */
import compatibility from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import hkVariantsRev from 'opencc-js/dict/HKVariantsRev';
import tsCharacters from 'opencc-js/dict/TSCharacters';
import twVariantsRev from 'opencc-js/dict/TWVariantsRev';

function singleUnitPairs(dict: string): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  for (const entry of dict.split('|')) {
    const [from, to] = entry.split(' ');
    // Only entries that keep the length: offsets into folded text must stay offsets into the original.
    if (from?.length === 1 && to?.length === 1 && from !== to) pairs.push([from.charCodeAt(0), to.charCodeAt(0)]);
  }
  return pairs;
}

/**
 * Pairs `[traditional, simplified]`. Regional variants are mapped to their standard form and then simplified,
 * except characters that are themselves simplified (`么` stays `么`, `台` stays `台`).
 */
export function hanFoldPairs(): Array<[number, number]> {
  const ts = new Map(singleUnitPairs(tsCharacters));
  const simplified = new Set(ts.values());
  const pairs = new Map<number, number>(singleUnitPairs(compatibility));
  for (const [from, to] of ts) pairs.set(from, to);
  for (const [from, standard] of [...singleUnitPairs(twVariantsRev), ...singleUnitPairs(hkVariantsRev)]) {
    if (simplified.has(from) || pairs.has(from)) continue;
    const target = ts.get(standard) ?? standard;
    if (target !== from) pairs.set(from, target);
  }
  return [...pairs];
}
