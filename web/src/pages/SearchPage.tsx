/**
 * 搜索: all stored mentions searched with the topic query language, with filters, facets, sorts and highlighted snippets.
 * A query that does not parse shows one message in the UI language under the editor, with a caret at its column, and
 * no results (the previous query's results would look like this one's).
 */

import { InfoCircleOutlined, LeftOutlined, RightOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, DatePicker, Empty, List, Row, Select, Space, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import type { SearchResult } from '../../../src/api/schemas/search.js';
import { type Channel, channelLabels } from '../../../src/domain/channel.js';
import { listCategories } from '../api/analysis-settings.js';
import { searchMentions } from '../api/search.js';
import { listSources } from '../api/sources.js';
import { listTopics } from '../api/topics.js';
import { useWorkspace } from '../app/session.js';
import { OriginalLink } from '../components/OriginalLink.js';
import { type MessageKey, useI18n } from '../i18n/index.js';
import { describeError } from '../lib/errors.js';
import { formatCount, formatDateTime } from '../lib/format.js';
import { categoryLabel, languageLabel } from '../lib/labels.js';
import { Link } from '../lib/router.js';
import { sourceLabel, sourceName } from '../lib/sources.js';
import { derivedTitle } from '../lib/titles.js';
import { useQuery } from '../lib/useQuery.js';
import { Marked } from './search/Marked.js';
import { lexError, QueryEditor, queryErrorOf } from './topics/QueryEditor.js';

type FacetName = keyof SearchResult['facets'];
const facetNames: FacetName[] = ['channel', 'sentiment', 'source', 'lang', 'region', 'authorRegion', 'category', 'topic'];
const sentimentColor: Record<string, string> = { negative: 'red', positive: 'green', neutral: 'default' };

/** A post whose title is only the start of its text (made by the pipeline) shows its snippet once, as the link. */
const untitled = (hit: { titleHtml: string; snippetHtml: string }) => {
  const plain = (html: string) => html.replace(/<\/?mark>/g, '');
  return derivedTitle(plain(hit.titleHtml), plain(hit.snippetHtml));
};

export default function SearchPage() {
  const { t, lang } = useI18n();
  const workspace = useWorkspace();
  // A link such as /search?q=充电宝 opens with that query run.
  const [initial] = useState(() => new URLSearchParams(window.location.search).get('q')?.trim() ?? '');
  const [draft, setDraft] = useState(initial);
  const [q, setQ] = useState(initial);
  const [sort, setSort] = useState<'time' | 'relevance' | 'reach'>('time');
  const [filters, setFilters] = useState<Partial<Record<FacetName, string>>>({});
  const [range, setRange] = useState<[string, string] | null>(null);
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];
  const params = { q: q || undefined, sort, limit: 20, cursor, from: range?.[0], to: range?.[1], ...filters };
  const query = useQuery(`${workspace.id}|${JSON.stringify(params)}`, (signal) => searchMentions(workspace.id, params, signal));
  // A failed search shows no results: what is on screen always belongs to the query shown.
  const page = query.error ? undefined : query.data;
  const topics = useQuery(`topics|${workspace.id}`, (signal) => listTopics(workspace.id, signal));
  const sources = useQuery(`sources|${workspace.id}`, (signal) => listSources(workspace.id, signal));
  const categories = useQuery(`categories|${workspace.id}`, (signal) => listCategories(workspace.id, signal));
  const label = (name: FacetName, value: string): string => {
    if (name === 'topic') return topics.data?.items.find((x) => String(x.id) === value)?.name ?? value;
    if (name === 'channel' && value in channelLabels) return channelLabels[value as Channel][lang === 'en' ? 'en' : 'zh'];
    if (name === 'sentiment' && ['positive', 'neutral', 'negative'].includes(value)) return t(`sentiment.${value}` as MessageKey);
    if (name === 'source') {
      const source = sources.data?.items.find((x) => x.key === value);
      return source ? sourceName(source, lang) : sourceLabel(value, lang);
    }
    if (name === 'lang') return languageLabel(value, lang);
    if (name === 'category') return categoryLabel(value, categories.data?.items.find((c) => c.key === value)?.name, lang);
    return value;
  };
  const lex = lexError(draft, lang);
  // The server's word on the query, shown while the editor still holds the query it was about.
  const serverQueryError = draft.trim() === q ? queryErrorOf(query.error, lang) : null;
  const otherError = query.error !== null && queryErrorOf(query.error, lang) === null ? query.error : null;

  const run = () => {
    setQ(draft.trim());
    setCursors([undefined]);
  };
  const toggle = (name: FacetName, value: string) => {
    setFilters((f) => ({ ...f, [name]: f[name] === value ? undefined : value }));
    setCursors([undefined]);
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
              <DatePicker.RangePicker
                onChange={(_, s) => {
                  setRange(s[0] && s[1] ? [new Date(s[0]).toISOString(), new Date(`${s[1]}T23:59:59`).toISOString()] : null);
                  setCursors([undefined]);
                }}
              />
              <Select
                value={sort}
                style={{ width: 140 }}
                onChange={(v) => {
                  setSort(v);
                  setCursors([undefined]);
                }}
                options={(['time', 'relevance', 'reach'] as const).map((s) => ({ value: s, label: t(`search.sort.${s}` as MessageKey) }))}
              />
              {page && <Tag color="blue">{t('search.total', { total: page.total })}</Tag>}
              {Object.entries(filters).map(([k, v]) =>
                v ? (
                  <Tag key={k} closable onClose={() => toggle(k as FacetName, v)}>
                    {t(`search.facet.${k}` as MessageKey)}: {label(k as FacetName, v)}
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
                  <div style={{ width: '100%' }}>
                    <Typography.Text strong={!untitled(hit)} style={{ display: 'block' }}>
                      <Link href={`/mentions/${hit.id}`}>
                        <Marked html={untitled(hit) ? hit.snippetHtml : hit.titleHtml} />
                      </Link>
                      <OriginalLink url={hit.url} />
                    </Typography.Text>
                    {!untitled(hit) && (
                      <div style={{ color: '#434343', margin: '4px 0' }}>
                        <Marked html={hit.snippetHtml} />
                      </div>
                    )}
                    <Space size={8} wrap style={{ color: '#8c8c8c', fontSize: 12 }}>
                      <span>{formatDateTime(hit.at)}</span>
                      <span title={hit.source}>{sourceName({ key: hit.source, name: hit.sourceName }, lang)}</span>
                      {hit.author && <span>{hit.author}</span>}
                      {hit.channel && <Tag>{label('channel', hit.channel)}</Tag>}
                      {hit.sentiment && <Tag color={sentimentColor[hit.sentiment]}>{label('sentiment', hit.sentiment)}</Tag>}
                      <Tooltip title={t('search.reachHelp')}>
                        <span data-testid="reach">
                          {t('search.reach', { reach: formatCount(hit.reach, lang) })} <InfoCircleOutlined />
                        </span>
                      </Tooltip>
                    </Space>
                  </div>
                </List.Item>
              )}
            />
            {page && (page.items.length > 0 || cursors.length > 1) && (
              <div style={{ display: 'flex', justifyContent: 'flex-end', gap: 12 }}>
                <Button icon={<LeftOutlined />} disabled={cursors.length <= 1} onClick={() => setCursors(cursors.slice(0, -1))}>
                  {t('mentions.prev')}
                </Button>
                <Button disabled={!page.nextCursor} onClick={() => page.nextCursor && setCursors([...cursors, page.nextCursor])}>
                  {t('mentions.next')} <RightOutlined />
                </Button>
              </div>
            )}
          </Space>
        </Card>
      </Col>
      <Col xs={24} lg={6}>
        <Card title={t('search.facets')} size="small">
          {facetNames.map((name) => (
            <div key={name} style={{ marginBottom: 12 }}>
              <Typography.Text type="secondary">{t(`search.facet.${name}` as MessageKey)}</Typography.Text>
              <div>
                {(page?.facets[name] ?? []).length === 0 && <Typography.Text type="secondary"> —</Typography.Text>}
                {(page?.facets[name] ?? []).map((f) => (
                  <Tag.CheckableTag key={f.value} checked={filters[name] === f.value} onChange={() => toggle(name, f.value)}>
                    {label(name, f.value)} ({f.count})
                  </Tag.CheckableTag>
                ))}
              </div>
            </div>
          ))}
          <Alert type="info" showIcon title={t('search.severityNote')} />
        </Card>
      </Col>
    </Row>
  );
}
