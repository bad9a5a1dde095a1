/** Categories of a mention: every active category whose query matches (multi-label), compiled once per taxonomy. */
import { compileTopics, type MatchDocument, type TopicMatcher } from '../../match/index.js';
import type { CategoryDefinition } from './defaults.js';

export interface Taxonomy {
  /** The categories compiled (those whose query parses). */
  readonly keys: readonly string[];
  classify(doc: MatchDocument): string[];
}

export function compileTaxonomy(categories: readonly CategoryDefinition[]): Taxonomy {
  const matcher: TopicMatcher<string> = compileTopics(categories.map((c) => ({ id: c.key, query: c.query })));
  const broken = new Set(matcher.errors.map((e) => e.id));
  return {
    keys: categories.map((c) => c.key).filter((k) => !broken.has(k)),
    classify: (doc) => matcher.match(doc),
  };
}
