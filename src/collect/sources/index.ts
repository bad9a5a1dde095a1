/** Every source type, one line each; the scheduler and the API look types up here by `kind`. */
import type { SourceType } from '../source-type.js';
import { blueskySource } from './bluesky/index.js';
import { feedSource } from './feed/index.js';
import { hackernewsSource } from './hackernews/index.js';
import { mastodonSource } from './mastodon/index.js';
import { redditSource } from './reddit/index.js';
import { rsshubSource } from './rsshub/index.js';
import { searchSource } from './search/index.js';
import { siteSource } from './site/index.js';
import { sitemapSource } from './sitemap/index.js';

// Each type narrows its own config; the registry holds them as plain `SourceType`s (config is validated by configSchema first).
const erase = <C>(t: SourceType<C>): SourceType => t as unknown as SourceType;

export const sourceTypes: SourceType[] = [
  erase(feedSource),
  erase(siteSource),
  erase(sitemapSource),
  erase(searchSource),
  erase(rsshubSource),
  erase(mastodonSource),
  erase(blueskySource),
  erase(redditSource),
  erase(hackernewsSource),
];

export function sourceTypeOf(kind: string): SourceType | undefined {
  return sourceTypes.find((t) => t.kind === kind);
}
