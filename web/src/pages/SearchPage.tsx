/**
 * 搜索: all stored mentions searched with the topic query language, with filters, facets, sorts and highlighted snippets.
 * The whole search (query, sort, filters, days, fold, exact count, page) lives in the URL, so it can be bookmarked,
 * shared and reloaded, and Back returns to the previous one; typing is a draft until the search is run. Repost
 * families fold into one hit with 相似 N 条, which opens the family. A total above the server's cap says so, with an
 * exact count on request. A query that does not parse shows one message in the UI language under the editor, with a
 * caret at its column, and no results (the previous query's results would look like this one's).
 */

import { DownloadOutlined, LeftOutlined, RightOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Empty, List, Row, Select, Space, Switch, Tag, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import { exportUrl, searchMentions } from '../api/search.js';
import { useWorkspace } from '../app/session.js';
import { type MessageKey, useI18n } from '../i18n/index.js';
import { describeError } from '../lib/errors.js';
import { totalText } from '../lib/search-totals.js';
import { type FilterName, newSearch, sameSearch, searchApiParams, sorts } from '../lib/search-url.js';
import { useFilterLabel } from '../lib/useFilterLabel.js';
import { useQuery } from '../lib/useQuery.js';
import { DayRange } from './search/DayRange.js';
import { FacetPanel } from './search/FacetPanel.js';
import { FamilyDrawer } from './search/FamilyDrawer.js';
import { HitItem } from './search/HitItem.js';
import { useSearchState } from './search/useSearchState.js';
import { lexError, QueryEditor, queryErrorOf } from './topics/QueryEditor.js';

const pageSize = 20;

export default function SearchPage() {
  const { t, lang } = useI18n();
  const workspace = useWorkspace();
  const { state, go, nextPage, prevPage } = useSearchState();
  // The editor is a draft; Back, Forward or a link bring the search's own query back into it.
  const [draft, setDraft] = useState(state.q);
  useEffect(() => setDraft(state.q), [state.q]);
  const [familyOf, setFamilyOf] = useState<number | null>(null);

  const params = searchApiParams(state, pageSize);
  const query = useQuery(`${workspace.id}|${JSON.stringify(params)}`, (signal) => searchMentions(workspace.id, params, signal));
  // A failed search shows no results: what is on screen always belongs to the query shown.
  const page = query.error ? undefined : query.data;
  const label = useFilterLabel(workspace.id);
  const lex = lexError(draft, lang);
  // The server's word on the query, shown while the editor still holds the query it was about.
  const serverQueryError = draft.trim() === state.q ? queryErrorOf(query.error, lang) : null;
  const otherError = query.error !== null && queryErrorOf(query.error, lang) === null ? query.error : null;

  /** Runs the query in the editor; run unchanged, it asks the server anew (new items keep coming in). */
  const run = () => {
    if (lex !== null) return;
    const next = newSearch(state, { q: draft.trim() });
    if (sameSearch(next, state)) query.reload();
    else go(next);
  };
  const toggle = (name: FilterName, value: string) => {
    go(newSearch(state, { filters: { ...state.filters, [name]: state.filters[name] === value ? undefined : value } }));
  };

  return (
    <Row gutter={16}>
      <Col xs={24} lg={18}>
        <Card title={t('search.title')}>
          <Space direction="vertical" style={{ width: '100%' }}>
            <QueryEditor value={draft} onChange={setDraft} error={lex ?? serverQueryError} />
            {otherError !== null && <Alert type="error" showIcon title={describeError(otherError, lang)} />}
            <Space wrap>
              <Button type="primary" icon={<SearchOutlined />} onClick={run} disabled={lex !== null}>
                {t('search.run')}
              </Button>
              <DayRange days={state} onChange={(d) => go(newSearch(state, d))} />
              <Select
                value={state.sort}
                style={{ width: 140 }}
                aria-label={t('search.sort')}
                onChange={(sort) => go(newSearch(state, { sort }))}
                options={sorts.map((s) => ({ value: s, label: t(`search.sort.${s}` as MessageKey) }))}
              />
              <Tooltip title={t('search.foldHelp')}>
                <Space size={6}>
                  <Switch
                    size="small"
                    checked={state.fold}
                    aria-label={t('search.fold')}
                    onChange={(fold) => go(newSearch(state, { fold }))}
                  />
                  <span>{t('search.fold')}</span>
                </Space>
              </Tooltip>
              {page && (
                <Tag color="blue" data-testid="search-total">
                  {totalText(lang, page.total, page.totalCapped)}
                </Tag>
              )}
              {page?.totalCapped && (
                <Tooltip title={t('search.exactCountHelp')}>
                  <Button size="small" onClick={() => go({ ...state, exact: true }, { replace: true })}>
                    {t('search.exactCount')}
                  </Button>
                </Tooltip>
              )}
              <Tooltip title={t('search.exportHelp')}>
                <Button
                  size="small"
                  icon={<DownloadOutlined />}
                  href={exportUrl(workspace.id, params, lang === 'en' ? 'en' : 'zh')}
                  data-testid="search-export"
                >
                  {t('search.export')}
                </Button>
              </Tooltip>
              {Object.entries(state.filters).map(([k, v]) =>
                v ? (
                  <Tag key={k} closable onClose={() => toggle(k as FilterName, v)}>
                    {t(`search.facet.${k}` as MessageKey)}: {label(k as FilterName, v)}
                  </Tag>
                ) : null,
              )}
            </Space>
            <List
              loading={query.loading}
              dataSource={page?.items ?? []}
              locale={{
                emptyText: (
                  <Empty
                    image={Empty.PRESENTED_IMAGE_SIMPLE}
                    description={query.error !== null && otherError === null ? t('search.queryInvalid') : t('search.empty')}
                  />
                ),
              }}
              renderItem={(hit) => (
                <List.Item key={hit.id}>
                  <HitItem hit={hit} onOpenFamily={state.fold ? (h) => setFamilyOf(h.id) : undefined} />
                </List.Item>
              )}
            />
            {page && (page.items.length > 0 || prevPage) && (
              <div style={{ display: 'flex', justifyContent: 'flex-end', gap: 12 }}>
                <Button icon={<LeftOutlined />} disabled={!prevPage} onClick={() => prevPage?.()}>
                  {t('mentions.prev')}
                </Button>
                <Button disabled={!page.nextCursor} onClick={() => page.nextCursor && nextPage(page.nextCursor)}>
                  {t('mentions.next')} <RightOutlined />
                </Button>
              </div>
            )}
          </Space>
        </Card>
      </Col>
      <Col xs={24} lg={6}>
        <FacetPanel page={page} filters={state.filters} label={label} onToggle={toggle} />
      </Col>
      <FamilyDrawer workspaceId={workspace.id} mentionId={familyOf} onClose={() => setFamilyOf(null)} />
    </Row>
  );
}
