/**
 * What the text-analysis stages need from a workspace (user dictionary, topic names, category taxonomy), and the
 * defaults the `analyze` command uses without a database: empty dictionary, no topics, the default taxonomy.
 */
import { compileTaxonomy, type Taxonomy } from './categories/classify.js';
import { type CategoryDefinition, DEFAULT_CATEGORIES } from './categories/defaults.js';
import type { EntityKind } from './entities/kinds.js';
import { topicNameTrie } from './entities/topic-terms.js';
import { posForKind, USER_WORD_KINDS, UserLexicon, type UserWord, type UserWordKind } from './segment/lexicon.js';
import type { WordTrie } from './segment/trie.js';

export interface EnrichmentResources {
  lexicon: UserLexicon;
  topicNames: WordTrie<{ name: string; kind: EntityKind }>;
  taxonomy: Taxonomy;
}

export interface EnrichmentSource {
  words: ReadonlyArray<{ word: string; pos: string; kind: string }>;
  topicQueries: readonly string[];
  categories: readonly CategoryDefinition[];
}

export function buildEnrichmentResources(source: EnrichmentSource): EnrichmentResources {
  const words: UserWord[] = source.words.map((w) => {
    const kind = asKind(w.kind);
    return { word: w.word, kind, pos: w.pos || posForKind(kind) };
  });
  const lexicon = new UserLexicon(words);
  return { lexicon, topicNames: topicNameTrie(source.topicQueries, lexicon), taxonomy: compileTaxonomy(source.categories) };
}

let defaults: EnrichmentResources | null = null;

export function defaultEnrichmentResources(): EnrichmentResources {
  defaults ??= buildEnrichmentResources({ words: [], topicQueries: [], categories: DEFAULT_CATEGORIES });
  return defaults;
}

function asKind(kind: string): UserWordKind {
  return (USER_WORD_KINDS as readonly string[]).includes(kind) ? (kind as UserWordKind) : 'other';
}
