/**
 * How a source is named on screen. A source someone named shows its name; one created by intake (named by its key)
 * shows the platform's name for well-known keys (`weibo` → 微博) and marks the demo's (`demo:weibo` → 微博 · 演示);
 * anything else shows its key, which is then its best name (`news.example.com`).
 */
import { platformLabel } from '../../../src/domain/platform-labels.js';
import { format, type Lang } from '../i18n/index.js';

export function sourceLabel(key: string, lang: Lang): string {
  const demo = /^demo:(.+)$/.exec(key);
  if (demo?.[1]) return `${sourceLabel(demo[1], lang)} · ${format(lang, 'source.demo')}`;
  return platformLabel(key, lang) ?? key;
}

/** The name to show for a source with this key and stored name. */
export function sourceName(source: { key: string; name: string }, lang: Lang): string {
  return source.name !== source.key ? source.name : sourceLabel(source.key, lang);
}
