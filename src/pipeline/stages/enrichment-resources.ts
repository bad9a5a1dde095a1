/**
 * The store inputs the text-analysis stages share: the user dictionary and the category taxonomy (seeded with the
 * defaults on first use), as plain data. The dictionary and category routes invalidate it; topic names come with the
 * topic rows (`topicMatcherResource`), and building them into a lexicon and taxonomy is `buildAnalysisResources`.
 */
import type { CategoryDefinition } from '../../nlp/categories/defaults.js';
import { DEFAULT_CATEGORIES } from '../../nlp/categories/defaults.js';
import { categoryQueries } from '../../store/queries/categories.js';
import { dictionaryQueries } from '../../store/queries/dictionary.js';
import type { ResourceSpec } from '../resources.js';

export interface EnrichmentInputs {
  words: { word: string; pos: string; kind: string }[];
  /** The active categories. */
  categories: CategoryDefinition[];
}

export const enrichmentResource: ResourceSpec<EnrichmentInputs> = {
  name: 'enrichment',
  async load(db, workspaceId) {
    const k = db.kysely;
    await categoryQueries.seed(k, workspaceId, DEFAULT_CATEGORIES, Date.now());
    const [words, categories] = await Promise.all([dictionaryQueries.list(k, workspaceId), categoryQueries.list(k, workspaceId)]);
    return {
      words: words.map((w) => ({ word: w.word, pos: w.pos, kind: w.kind })),
      categories: categories.filter((c) => c.active).map((c) => ({ key: c.key, name: c.name, query: c.query })),
    };
  },
};
