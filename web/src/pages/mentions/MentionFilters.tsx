/**
 * The 舆情信息 filters, as search has them: event, level, topic, channel, sentiment, source and category (the
 * choices are the search's facet counts for what is shown; events are the most recent ones). Each sets one URL filter.
 */
import { Select } from 'antd';
import type { SearchResult } from '../../../../src/api/schemas/search.js';
import { listEvents } from '../../api/events.js';
import { type MessageKey, useI18n } from '../../i18n/index.js';
import type { FilterName } from '../../lib/search-url.js';
import { useQuery } from '../../lib/useQuery.js';
import { LEVELS, levelKey } from '../events/levels.js';

type Filters = Partial<Record<FilterName, string>>;

const faceted = ['topic', 'channel', 'sentiment', 'source', 'category'] as const;

export function MentionFilters({
  workspaceId,
  filters,
  facets,
  label,
  onChange,
}: {
  workspaceId: number;
  filters: Filters;
  facets: SearchResult['facets'] | undefined;
  label(name: FilterName, value: string): string;
  onChange(name: FilterName, value: string | undefined): void;
}) {
  const { t } = useI18n();
  const events = useQuery(`events-pick|${workspaceId}`, (signal) => listEvents(workspaceId, { sort: 'recent', limit: 100 }, signal));
  const eventOptions = (events.data?.items ?? []).map((e) => ({ value: String(e.id), label: `#${e.id} ${e.title}` }));
  const chosenEvent = filters.event;
  if (chosenEvent && !eventOptions.some((o) => o.value === chosenEvent))
    eventOptions.unshift({ value: chosenEvent, label: `#${chosenEvent}` });
  const severity = filters.severity ? filters.severity.split(',') : [];
  return (
    <>
      <Select
        allowClear
        showSearch
        optionFilterProp="label"
        value={filters.event}
        onChange={(v: string | undefined) => onChange('event', v)}
        placeholder={t('mentions.filter.event')}
        aria-label={t('mentions.filter.event')}
        data-testid="filter-event"
        style={{ width: 220 }}
        options={eventOptions}
      />
      <Select
        mode="multiple"
        allowClear
        value={severity}
        onChange={(v: string[]) => onChange('severity', v.length > 0 ? [...v].sort().join(',') : undefined)}
        placeholder={t('mentions.filter.severity')}
        aria-label={t('mentions.filter.severity')}
        data-testid="filter-severity"
        style={{ minWidth: 150 }}
        options={LEVELS.map((l) => ({ value: String(l), label: t(levelKey(l)) }))}
      />
      {faceted.map((name) => {
        const values = facets?.[name] ?? [];
        const value = filters[name];
        const options = values.map((f) => ({ value: f.value, label: `${label(name, f.value)} (${f.count})` }));
        if (value && !options.some((o) => o.value === value)) options.unshift({ value, label: label(name, value) });
        return (
          <Select
            key={name}
            allowClear
            showSearch
            optionFilterProp="label"
            value={value}
            onChange={(v: string | undefined) => onChange(name, v)}
            placeholder={t(`search.facet.${name}` as MessageKey)}
            aria-label={t(`search.facet.${name}` as MessageKey)}
            style={{ minWidth: 120 }}
            popupMatchSelectWidth={false}
            options={options}
          />
        );
      })}
    </>
  );
}
