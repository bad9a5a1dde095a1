/**
 * 舆情信息: the workspace's mentions, newest first (or widest reach first), with the filters search has — event,
 * level, topic, channel, sentiment, source, category, days — and a CSV export of exactly what is listed. It reads
 * the search API without a query and without folding, so every mention is listed; the whole list state lives in
 * the URL (`/mentions?event=12` lists one event's mentions), and the page's cursor walks with Back and Forward.
 */
import { ClearOutlined, DownloadOutlined, LeftOutlined, ReloadOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Select, Space, Table, Tag, Tooltip } from 'antd';
import { useMemo, useState } from 'react';
import type { SearchHitView } from '../../../src/api/schemas/search.js';
import { exportUrl, searchMentions } from '../api/search.js';
import { useWorkspace } from '../app/session.js';
import { ImportHint } from '../components/ImportHint.js';
import { useI18n } from '../i18n/index.js';
import { describeError } from '../lib/errors.js';
import { navigate } from '../lib/router.js';
import { totalText } from '../lib/search-totals.js';
import { type FilterName, newSearch, searchApiParams } from '../lib/search-url.js';
import { useFilterLabel } from '../lib/useFilterLabel.js';
import { useQuery } from '../lib/useQuery.js';
import { hitColumns } from './mentions/hit-columns.js';
import { MentionFilters } from './mentions/MentionFilters.js';
import { DayRange } from './search/DayRange.js';
import { useSearchState } from './search/useSearchState.js';

const pageSizes = [20, 50, 100];
const listSorts = ['time', 'reach'] as const;

export default function MentionsPage() {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const workspace = useWorkspace();
  const nav = useSearchState();
  // A list, not a search: no query, every repost listed.
  const state = { ...nav.state, q: '', fold: false, sort: nav.state.sort === 'reach' ? 'reach' : 'time' } as const;
  const [limit, setLimit] = useState(20);
  const params = searchApiParams(state, limit);
  const query = useQuery(`mentions|${workspace.id}|${JSON.stringify(params)}`, (signal) => searchMentions(workspace.id, params, signal));
  const page = query.data;
  const label = useFilterLabel(workspace.id);
  const columns = useMemo(() => hitColumns(i18n), [i18n]);

  const filtered = Object.values(state.filters).some(Boolean) || state.from !== undefined || state.to !== undefined;
  const go = (change: Parameters<typeof newSearch>[1]) => {
    // From the URL's own state, so the list's fixed choices (no query, no folding) stay out of the URL.
    nav.go(newSearch(nav.state, change));
    window.scrollTo({ top: 0 });
  };
  const setFilter = (name: FilterName, value: string | undefined) => go({ filters: { ...state.filters, [name]: value } });

  return (
    <Card
      title={
        <Space size={12}>
          <span>{t('mentions.title')}</span>
          {page && <Tag data-testid="mentions-total">{totalText(lang, page.total, page.totalCapped)}</Tag>}
        </Space>
      }
      extra={
        <Space>
          <Select
            value={limit}
            onChange={(next) => {
              setLimit(next);
              go({});
            }}
            options={pageSizes.map((size) => ({ value: size, label: t('mentions.pageSize', { size }) }))}
            style={{ width: 110 }}
          />
          <Tooltip title={t('search.exportHelp')}>
            <Button
              icon={<DownloadOutlined />}
              href={exportUrl(workspace.id, params, lang === 'en' ? 'en' : 'zh')}
              data-testid="mentions-export"
            >
              {t('search.export')}
            </Button>
          </Tooltip>
          <Button icon={<ReloadOutlined />} onClick={query.reload} loading={query.loading && page !== undefined}>
            {t('mentions.refresh')}
          </Button>
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <MentionFilters workspaceId={workspace.id} filters={state.filters} facets={page?.facets} label={label} onChange={setFilter} />
        <DayRange days={state} onChange={(d) => go(d)} />
        <Select
          value={state.sort}
          style={{ width: 120 }}
          aria-label={t('search.sort')}
          onChange={(sort) => go({ sort })}
          options={listSorts.map((s) => ({ value: s, label: t(`search.sort.${s}`) }))}
        />
        {filtered && (
          <Button icon={<ClearOutlined />} onClick={() => go({ filters: {}, from: undefined, to: undefined })}>
            {t('mentions.filter.clear')}
          </Button>
        )}
      </Space>
      {query.error !== null && (
        <Alert
          type="error"
          showIcon
          title={t('mentions.loadFailed')}
          description={describeError(query.error, lang)}
          style={{ marginBottom: 16 }}
        />
      )}
      <Table<SearchHitView>
        rowKey="id"
        columns={columns}
        dataSource={page?.items ?? []}
        loading={query.loading}
        pagination={false}
        onRow={(m) => ({
          // A row opens the mention's detail; links inside it (the original) keep their own behaviour.
          onClick: (e) => {
            if (!(e.target instanceof Element) || !e.target.closest('a')) navigate(`/mentions/${m.id}`);
          },
          style: { cursor: 'pointer' },
        })}
        scroll={{ x: 900 }}
        locale={{
          emptyText: filtered ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('search.empty')} />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('mentions.emptyTitle')} style={{ padding: '24px 0' }}>
              <div style={{ maxWidth: 720, margin: '0 auto' }}>
                <ImportHint workspace={workspace} />
              </div>
            </Empty>
          ),
        }}
      />
      {page && (page.items.length > 0 || nav.prevPage) && (
        <div style={{ display: 'flex', justifyContent: 'flex-end', alignItems: 'center', gap: 12, marginTop: 16 }}>
          <Button icon={<LeftOutlined />} disabled={!nav.prevPage} onClick={() => nav.prevPage?.()}>
            {t('mentions.prev')}
          </Button>
          <Button disabled={!page.nextCursor} onClick={() => page.nextCursor && nav.nextPage(page.nextCursor)}>
            {t('mentions.next')} <RightOutlined />
          </Button>
        </div>
      )}
    </Card>
  );
}
