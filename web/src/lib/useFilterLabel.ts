/**
 * How a search or list filter's value reads (search and 舆情信息 alike): a topic's, source's or category's name, a
 * channel, sentiment, language or level in words, an event's title (among the recent ones, else its number).
 */
import { type Channel, channelLabels } from '../../../src/domain/channel.js';
import { listCategories } from '../api/analysis-settings.js';
import { listEvents } from '../api/events.js';
import { listSources } from '../api/sources.js';
import { listTopics } from '../api/topics.js';
import { type MessageKey, useI18n } from '../i18n/index.js';
import { categoryLabel, languageLabel } from './labels.js';
import type { FilterName } from './search-url.js';
import { sourceLabel, sourceName } from './sources.js';
import { useQuery } from './useQuery.js';

export function useFilterLabel(workspaceId: number): (name: FilterName, value: string) => string {
  const { t, lang } = useI18n();
  const topics = useQuery(`topics|${workspaceId}`, (signal) => listTopics(workspaceId, signal));
  const sources = useQuery(`sources|${workspaceId}`, (signal) => listSources(workspaceId, signal));
  const categories = useQuery(`categories|${workspaceId}`, (signal) => listCategories(workspaceId, signal));
  const events = useQuery(`events-pick|${workspaceId}`, (signal) => listEvents(workspaceId, { sort: 'recent', limit: 100 }, signal));
  return (name, value) => {
    if (name === 'topic') return topics.data?.items.find((x) => String(x.id) === value)?.name ?? value;
    if (name === 'channel' && value in channelLabels) return channelLabels[value as Channel][lang];
    if (name === 'sentiment' && ['positive', 'neutral', 'negative'].includes(value)) return t(`sentiment.${value}` as MessageKey);
    if (name === 'source') {
      const source = sources.data?.items.find((x) => x.key === value);
      return source ? sourceName(source, lang) : sourceLabel(value, lang);
    }
    if (name === 'lang') return languageLabel(value, lang);
    if (name === 'category') return categoryLabel(value, categories.data?.items.find((c) => c.key === value)?.name, lang);
    if (name === 'severity')
      return value
        .split(',')
        .map((l) => (/^[1-4]$/.test(l) ? t(`level.${l}` as MessageKey) : l))
        .join('、');
    if (name === 'event') {
      const event = events.data?.items.find((e) => String(e.id) === value);
      return event ? `#${value} ${event.title}` : `#${value}`;
    }
    return value;
  };
}
