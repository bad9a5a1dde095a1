/** Dictionary words and categories as wire objects. */
import type { CategoryRecord } from '../../store/queries/categories.js';
import type { DictionaryWordRecord } from '../../store/queries/dictionary.js';
import type { CategoryView, DictionaryWordView } from '../schemas/analysis-settings.js';

const iso = (ms: number) => new Date(ms).toISOString();

export function presentDictionaryWord(w: DictionaryWordRecord): DictionaryWordView {
  return { id: w.id, word: w.word, kind: w.kind, pos: w.pos, createdAt: iso(w.createdAt) };
}

export function presentCategory(c: CategoryRecord): CategoryView {
  return { id: c.id, key: c.key, name: c.name, query: c.query, active: c.active, createdAt: iso(c.createdAt), updatedAt: iso(c.updatedAt) };
}
