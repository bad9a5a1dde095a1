/** 搜索: all stored mentions searched with the topic query language, with filters, facets, sorts and highlighted snippets. */
import { LeftOutlined, RightOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, DatePicker, Empty, List, Row, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { SearchResult } from '../../../src/api/schemas/search.js';
import { type Channel, channelLabels } from '../../../src/domain/channel.js';
import { searchMentions } from '../api/search.js';
import { listTopics } from '../api/topics.js';
import { useWorkspace } from '../app/session.js';
import { type MessageKey, useI18n } from '../i18n/index.js';
import { describeError } from '../lib/errors.js';
import { useQuery } from '../lib/useQuery.js';
import { Marked } from './search/Marked.js';
import { lexError, QueryEditor } from './topics/QueryEditor.js';

type FacetName = keyof SearchResult['facets'];
const facetNames: FacetName[] = ['channel', 'sentiment', 'source', 'lang', 'region', 'category', 'topic'];
const sentimentColor: Record<string, string> = { negative: 'red', positive: 'green', neutral: 'default' };

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
  const page = query.data;
  const topics = useQuery(`topics|${workspace.id}`, (signal) => listTopics(workspace.id, signal));
  const label = (name: FacetName, value: string): string => {
    if (name === 'topic') return topics.data?.items.find((x) => String(x.id) === value)?.name ?? value;
    if (name === 'channel' && value in channelLabels) return channelLabels[value as Channel][lang === 'en' ? 'en' : 'zh'];
    if (name === 'sentiment' && ['positive', 'neutral', 'negative'].includes(value)) return t(`sentiment.${value}` as MessageKey);
    return value;
  };
  const lex = lexError(draft);

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
            <QueryEditor
              value={draft}
              onChange={setDraft}
              error={lex ?? (query.error ? { message: describeError(query.error, lang), column: null } : null)}
            />
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
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('search.empty')} /> }}
              renderItem={(hit) => (
                <List.Item key={hit.id}>
                  <div style={{ width: '100%' }}>
                    <Typography.Text strong>
                      {hit.url ? (
                        <a href={hit.url} target="_blank" rel="noreferrer noopener">
                          <Marked html={hit.titleHtml} />
                        </a>
                      ) : (
                        <Marked html={hit.titleHtml} />
                      )}
                    </Typography.Text>
                    <div style={{ color: '#434343', margin: '4px 0' }}>
                      <Marked html={hit.snippetHtml} />
                    </div>
                    <Space size={8} wrap style={{ color: '#8c8c8c', fontSize: 12 }}>
                      <span>{new Date(hit.at).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en')}</span>
                      <span>{hit.source}</span>
                      {hit.author && <span>{hit.author}</span>}
                      {hit.channel && <Tag>{label('channel', hit.channel)}</Tag>}
                      {hit.sentiment && <Tag color={sentimentColor[hit.sentiment]}>{label('sentiment', hit.sentiment)}</Tag>}
                      <span>{t('search.reach', { reach: hit.reach })}</span>
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
