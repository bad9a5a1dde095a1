/**
 * 舆情事件: the workspace's events, most severe first (or most recent, or largest), filtered by status, level,
 * topic, period and words. The filters live in the URL; paging follows the API's cursors (a stack of them for 上一页).
 */
import { LeftOutlined, ReloadOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Input, Select, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { EVENT_STATUSES, type EventStatus, type EventSummary } from '../../../../src/api/schemas/events.js';
import { listEvents } from '../../api/events.js';
import { listTopics } from '../../api/topics.js';
import { useWorkspace } from '../../app/session.js';
import { useI18n } from '../../i18n/index.js';
import { describeError } from '../../lib/errors.js';
import { navigate, useLocation } from '../../lib/router.js';
import { useQuery } from '../../lib/useQuery.js';
import { DayRange } from '../search/DayRange.js';
import { eventColumns } from './columns.js';
import { LEVELS, type Level, levelKey, statusKey } from './levels.js';
import { type EventFilters, eventApiParams, eventFiltersQueryString, eventSorts, parseEventFilters } from './url.js';

const pageSize = 20;

export default function EventsPage() {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const workspace = useWorkspace();
  const location = useLocation();
  const filters = parseEventFilters(location.search);
  const filterKey = eventFiltersQueryString(filters);
  const [cursors, setCursors] = useState<{ key: string; stack: (string | undefined)[] }>({ key: filterKey, stack: [undefined] });
  // New filters start on the first page.
  const stack = cursors.key === filterKey ? cursors.stack : [undefined];
  const cursor = stack[stack.length - 1];
  const query = useQuery(`events|${workspace.id}|${filterKey}|${cursor ?? ''}`, (signal) =>
    listEvents(workspace.id, eventApiParams(filters, pageSize, cursor), signal),
  );
  const topics = useQuery(`topics|${workspace.id}`, (signal) => listTopics(workspace.id, signal));
  const columns = useMemo(() => eventColumns(i18n), [i18n]);
  const [draft, setDraft] = useState(filters.q);

  const go = (change: Partial<EventFilters>) => navigate(`/events${eventFiltersQueryString({ ...filters, ...change })}`);
  const page = query.data;
  const goTo = (next: (string | undefined)[]) => {
    setCursors({ key: filterKey, stack: next });
    window.scrollTo({ top: 0 });
  };

  return (
    <Card
      title={t('events.title')}
      extra={
        <Space>
          <Select
            value={filters.sort}
            onChange={(sort) => go({ sort })}
            aria-label={t('events.sortLabel')}
            style={{ width: 120 }}
            options={eventSorts.map((s) => ({ value: s, label: t(`events.sort.${s}`) }))}
          />
          <Button icon={<ReloadOutlined />} onClick={query.reload} loading={query.loading && page !== undefined}>
            {t('events.refresh')}
          </Button>
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onSearch={(q) => go({ q: q.trim() })}
          placeholder={t('events.search')}
          aria-label={t('events.search')}
          style={{ width: 220 }}
        />
        <Select<EventStatus[]>
          mode="multiple"
          allowClear
          value={filters.status}
          onChange={(status) => go({ status })}
          placeholder={t('events.status')}
          aria-label={t('events.status')}
          data-testid="filter-status"
          style={{ minWidth: 160 }}
          options={EVENT_STATUSES.map((s) => ({ value: s, label: t(statusKey(s)) }))}
        />
        <Select<Level[]>
          mode="multiple"
          allowClear
          value={filters.severity}
          onChange={(severity) => go({ severity: [...severity].sort() })}
          placeholder={t('events.severity')}
          aria-label={t('events.severity')}
          data-testid="filter-severity"
          style={{ minWidth: 180 }}
          options={LEVELS.map((l) => ({ value: l, label: t(levelKey(l)) }))}
        />
        <Select<number | undefined>
          allowClear
          value={filters.topic}
          onChange={(topic) => go({ topic })}
          placeholder={t('events.topicAll')}
          aria-label={t('events.topic')}
          style={{ minWidth: 160 }}
          options={(topics.data?.items ?? []).map((tp) => ({ value: tp.id, label: tp.name }))}
        />
        <DayRange days={filters} onChange={(d) => go({ from: d.from, to: d.to })} />
      </Space>
      {query.error !== null && (
        <Alert
          type="error"
          showIcon
          title={t('events.loadFailed')}
          description={describeError(query.error, lang)}
          style={{ marginBottom: 16 }}
        />
      )}
      <Table<EventSummary>
        rowKey="id"
        columns={columns}
        dataSource={page?.items ?? []}
        loading={query.loading}
        pagination={false}
        scroll={{ x: 1000 }}
        onRow={(e) => ({ 'data-testid': 'event-row', 'data-event-id': e.id }) as React.HTMLAttributes<HTMLElement>}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('events.empty')} /> }}
      />
      {page && (page.items.length > 0 || stack.length > 1) && (
        <div style={{ display: 'flex', justifyContent: 'flex-end', alignItems: 'center', gap: 12, marginTop: 16 }}>
          <Typography.Text type="secondary">{t('mentions.page', { page: stack.length })}</Typography.Text>
          <Button icon={<LeftOutlined />} disabled={stack.length <= 1} onClick={() => goTo(stack.slice(0, -1))}>
            {t('mentions.prev')}
          </Button>
          <Button disabled={!page.nextCursor} onClick={() => page.nextCursor && goTo([...stack, page.nextCursor])}>
            {t('mentions.next')} <RightOutlined />
          </Button>
        </div>
      )}
    </Card>
  );
}
