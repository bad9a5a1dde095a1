/**
 * The per-workspace resource the text-analysis stages share: user dictionary, names from active topics, and the
 * category taxonomy (seeded with the defaults on first use). The dictionary, category and topic routes invalidate it.
 */
import { buildEnrichmentResources, type EnrichmentResources } from '../../nlp/analyze.js';
import { DEFAULT_CATEGORIES } from '../../nlp/categories/defaults.js';
import { categoryQueries } from '../../store/queries/categories.js';
import { dictionaryQueries } from '../../store/queries/dictionary.js';
import type { ResourceSpec } from '../resources.js';

export const enrichmentResource: ResourceSpec<EnrichmentResources> = {
  name: 'enrichment',
  async load(db, workspaceId) {
    const k = db.kysely;
    await categoryQueries.seed(k, workspaceId, DEFAULT_CATEGORIES, Date.now());
    const [words, categories, topics] = await Promise.all([
      dictionaryQueries.list(k, workspaceId),
      categoryQueries.list(k, workspaceId),
      k.selectFrom('topics').select('query').where('workspace_id', '=', workspaceId).where('active', '=', 1).execute(),
    ]);
    return buildEnrichmentResources({
      words,
      topicQueries: topics.map((t) => t.query),
      categories: categories.filter((c) => c.active),
    });
  },
};
