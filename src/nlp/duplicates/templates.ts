/**
 * Hard negatives for duplicate finding: one report template filled with different facts. The first text of a group
 * is the base; each other one redraws one kind of fact (`places`, `numbers`, `time`) or all of them, so the texts
 * share most of their wording and differ only where a desk cares.
 */
import { seededRandom } from '../../domain/random.js';

export interface TemplateSet {
  templates: readonly string[];
  slots: Readonly<Record<string, readonly string[]>>;
}

export type VariantKind = 'base' | 'places' | 'numbers' | 'time' | 'all';

export interface FilledText {
  text: string;
  template: number;
  kind: VariantKind;
}

const SLOT_KINDS: Record<Exclude<VariantKind, 'base' | 'all'>, readonly string[]> = {
  places: ['place', 'road', 'road2', 'school', 'hospital'],
  numbers: ['n1', 'n2', 'n3', 'big'],
  time: ['month', 'day', 'hour', 'minute'],
};
const VARIANTS = ['places', 'numbers', 'time', 'all'] as const;

const slotPattern = /\{(\w+)\}/g;

/** For each template: the base and one text per variant kind that changes at least one slot the template has. */
export function fillTemplates(set: TemplateSet, { seed = 5 } = {}): FilledText[][] {
  const rnd = seededRandom(seed);
  const draw = (slot: string, not?: string) => {
    const values = set.slots[slot] ?? [''];
    for (;;) {
      const v = values[rnd.int(values.length)] ?? '';
      if (v !== not || values.length < 2) return v;
    }
  };
  return set.templates.map((template, t) => {
    const used = [...new Set([...template.matchAll(slotPattern)].map((m) => m[1] ?? ''))];
    const base = Object.fromEntries(used.map((slot) => [slot, draw(slot)]));
    const fill = (values: Record<string, string>) => template.replace(slotPattern, (_, slot: string) => values[slot] ?? '');
    const group: FilledText[] = [{ text: fill(base), template: t, kind: 'base' }];
    for (const kind of VARIANTS) {
      const changed = used.filter((slot) => kind === 'all' || SLOT_KINDS[kind].includes(slot));
      if (changed.length === 0) continue;
      const values = { ...base };
      for (const slot of changed) values[slot] = draw(slot, base[slot]);
      group.push({ text: fill(values), template: t, kind });
    }
    return group;
  });
}
