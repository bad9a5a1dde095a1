/**
 * B-cubed precision, recall and F1 of a clustering against labels (Bagga & Baldwin 1998): for each item, precision
 * is the share of its cluster that has its label, recall the share of its label's items that are in its cluster;
 * both averaged over items. Items missing from either side are left out.
 */

export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
  items: number;
}

export function bcubed(predicted: ReadonlyMap<string, string>, truth: ReadonlyMap<string, string>): BCubed {
  const ids = [...predicted.keys()].filter((id) => truth.has(id));
  const pair = new Map<string, number>();
  const ofCluster = new Map<string, number>();
  const ofLabel = new Map<string, number>();
  const key = (c: string, l: string) => `${c}\u0000${l}`;
  for (const id of ids) {
    const c = predicted.get(id) as string;
    const l = truth.get(id) as string;
    pair.set(key(c, l), (pair.get(key(c, l)) ?? 0) + 1);
    ofCluster.set(c, (ofCluster.get(c) ?? 0) + 1);
    ofLabel.set(l, (ofLabel.get(l) ?? 0) + 1);
  }
  let p = 0;
  let r = 0;
  for (const id of ids) {
    const c = predicted.get(id) as string;
    const l = truth.get(id) as string;
    const both = pair.get(key(c, l)) ?? 0;
    p += both / (ofCluster.get(c) ?? 1);
    r += both / (ofLabel.get(l) ?? 1);
  }
  const n = ids.length;
  const precision = n === 0 ? 0 : p / n;
  const recall = n === 0 ? 0 : r / n;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, items: n };
}
