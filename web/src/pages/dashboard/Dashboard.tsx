/**
 * The desk's dashboard (首页) for a period and topic set: figures, volume by sentiment (with the sentiment index) and by
 * channel, sentiment mix, share of voice, top events, keywords, sources, authors, China and world maps, newest
 * high-risk mentions with their levels, key accounts (关键传播账号). A click on a slice, bar, word or region opens search with that filter. `wall` is the full-screen
 * display (大屏): dark, large type, refreshed every `refreshSeconds`.
 */
import { FullscreenExitOutlined, FullscreenOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Empty, List, Row, Segmented, Select, Space, Statistic, Typography } from 'antd';
import { type ReactNode, useCallback, useEffect } from 'react';
import { type Channel, channelLabels } from '../../../../src/domain/channel.js';
import { listTopics } from '../../api/topics.js';
import { useWorkspace } from '../../app/session.js';
import { Chart } from '../../components/charts/Chart.js';
import { worldName } from '../../components/charts/geo.js';
import { WordCloud } from '../../components/charts/WordCloud.js';
import { SeverityTag } from '../../components/SeverityTag.js';
import { useI18n } from '../../i18n/index.js';
import { describeError } from '../../lib/errors.js';
import { formatDateTime } from '../../lib/format.js';
import { Link, navigate, useLocation } from '../../lib/router.js';
import { emptySearch, type FilterName, searchQueryString } from '../../lib/search-url.js';
import { useQuery } from '../../lib/useQuery.js';
import { CountList } from './CountList.js';
import { KeyAccounts } from './KeyAccounts.js';
import { dashboardQueryString, loadDashboard, loadKeyAccounts, type Period, parseDashboard, periods } from './load.js';
import { pie, regionMap, type SentimentKey, sentimentColors, volumeByChannel, volumeBySentiment } from './options.js';
import { TopEvents } from './TopEvents.js';
import { text } from './texts.js';

const sentimentKeys: SentimentKey[] = ['negative', 'neutral', 'positive'];

export function Dashboard({ wall = false, refreshSeconds = 30 }: { wall?: boolean; refreshSeconds?: number }) {
  const { lang, t } = useI18n();
  const workspace = useWorkspace();
  const location = useLocation();
  const state = parseDashboard(location.search);
  const key = `${workspace.id}|${state.period}|${state.topics.join(',')}`;
  const query = useQuery(`dashboard|${key}`, (signal) => loadDashboard(workspace.id, state, signal));
  const accounts = useQuery(`key-accounts|${key}`, (signal) => loadKeyAccounts(workspace.id, state, signal));
  const topics = useQuery(`topics|${workspace.id}`, (signal) => listTopics(workspace.id, signal));
  const { reload: reloadDashboard } = query;
  const { reload: reloadAccounts } = accounts;
  const reload = useCallback(() => {
    reloadDashboard();
    reloadAccounts();
  }, [reloadDashboard, reloadAccounts]);
  useEffect(() => {
    if (!wall) return;
    const timer = setInterval(reload, refreshSeconds * 1000);
    return () => clearInterval(timer);
  }, [wall, refreshSeconds, reload]);

  const d = query.data;
  const here = wall ? '/wall' : '/';
  const go = (change: Partial<typeof state>) => navigate(here + dashboardQueryString({ ...state, ...change }), { replace: true });
  const search = (filters: Partial<Record<FilterName, string>>, q = '') => {
    const days = periods[state.period];
    const from = new Date(Date.now() - days * 86_400_000).toISOString();
    const topic = state.topics.length === 1 ? { topic: String(state.topics[0]) } : {};
    navigate(`/search${searchQueryString({ ...emptySearch, q, from, filters: { ...topic, ...filters } })}`);
  };
  const channelName = (c: string) => (c === '' ? t('dash.otherChannel') : c in channelLabels ? channelLabels[c as Channel][lang] : c);
  const sentimentName = Object.fromEntries(sentimentKeys.map((k) => [k, t(`sentiment.${k}`)])) as Record<SentimentKey, string>;
  // What a clicked chart item's name filters search by.
  const byName = new Map<string, [FilterName, string]>();
  {
    const m = byName;
    for (const k of sentimentKeys) m.set(t(`sentiment.${k}`), ['sentiment', k]);
    for (const c of d?.channels ?? []) m.set(channelName(c.channel), ['channel', c.channel]);
    for (const s of d?.shareOfVoice ?? []) m.set(`topic:${s.name}`, ['topic', String(s.topicId)]);
    for (const c of d?.countries ?? []) if (c.en) m.set(`world:${worldName(c.en)}`, ['region', `国家:${c.value}`]);
  }
  const open = (name: string) => {
    const f = byName.get(name);
    if (f) search({ [f[0]]: f[1] });
  };
  const labels = {
    sentiment: sentimentName,
    channel: channelName,
    index: t('dash.index'),
    bucket: (iso: string) => {
      const at = new Date(iso);
      return d?.bucket === 'hour' ? `${at.getHours()}:00` : `${at.getMonth() + 1}/${at.getDate()}`;
    },
  };
  const tall = wall ? 300 : 260;
  const card = (title: string, body: ReactNode, testId?: string) => (
    <Card
      title={title}
      size="small"
      data-testid={testId}
      styles={wall ? { header: { color: '#9fc3ff', fontSize: 20, borderColor: '#1d3b66' }, body: { color: '#e6edf7' } } : {}}
      style={wall ? { background: 'rgba(16, 38, 74, 0.85)', borderColor: '#1d3b66', height: '100%' } : { height: '100%' }}
    >
      {body}
    </Card>
  );

  const controls = (
    <Space wrap>
      <Segmented
        value={state.period}
        options={(Object.keys(periods) as Period[]).map((p) => ({ value: p, label: t(`dash.period.${p}`) }))}
        onChange={(p) => go({ period: p as Period })}
      />
      <Select
        mode="multiple"
        allowClear
        style={{ minWidth: 240 }}
        placeholder={t('dash.topicsAll')}
        aria-label={t('dash.topics')}
        value={state.topics}
        options={(topics.data?.items ?? []).map((tp) => ({ value: tp.id, label: tp.name }))}
        onChange={(ids: number[]) => go({ topics: ids })}
      />
      <Button icon={<ReloadOutlined />} onClick={reload} loading={query.loading}>
        {t('dash.refresh')}
      </Button>
      {wall ? (
        <Button icon={<FullscreenExitOutlined />} onClick={() => navigate(`/${dashboardQueryString(state)}`)}>
          {t('dash.exitWall')}
        </Button>
      ) : (
        <Button icon={<FullscreenOutlined />} onClick={() => navigate(`/wall${dashboardQueryString(state)}`)}>
          {t('dash.wall')}
        </Button>
      )}
    </Space>
  );

  const stat = (title: string, value: ReactNode, testId: string, color?: string) => (
    <Col xs={12} md={6}>
      {card(
        title,
        <div data-testid={testId} style={{ fontSize: wall ? 44 : 30, fontWeight: 600, color: color ?? (wall ? '#ffffff' : undefined) }}>
          {value}
        </div>,
      )}
    </Col>
  );

  return (
    <div data-testid="dashboard" style={wall ? { fontSize: 18 } : { maxWidth: 1600 }}>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        {wall ? (
          <Typography.Title level={1} style={{ color: '#e6f0ff', margin: 0, letterSpacing: 4 }}>
            {t('dash.wallTitle')} · {workspace.name}
          </Typography.Title>
        ) : (
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('nav.home')}
          </Typography.Title>
        )}
        {controls}
      </Space>
      {Boolean(query.error) && <Alert type="error" showIcon message={describeError(query.error, lang)} style={{ marginBottom: 16 }} />}
      {d && (
        <Row gutter={[16, 16]}>
          {stat(t('dash.total'), d.total, 'stat-total')}
          {stat(t('dash.negative'), d.sentiment.negative, 'stat-negative', '#cf1322')}
          {stat(t('dash.index'), d.sentiment.index === null ? '—' : d.sentiment.index.toFixed(2), 'stat-index')}
          {stat(
            t('dash.updated', { time: '' }).trim(),
            <Statistic
              value={formatDateTime(new Date().toISOString())}
              valueStyle={{ fontSize: wall ? 24 : 18, color: wall ? '#e6edf7' : undefined }}
            />,
            'stat-updated',
          )}
          <Col xs={24} xl={14}>
            {card(
              t('dash.volumeSentiment'),
              <Chart
                dark={wall}
                testId="chart-volume-sentiment"
                height={tall}
                option={volumeBySentiment(d, labels)}
                onItemClick={(p) => open(p.seriesName)}
              />,
            )}
          </Col>
          <Col xs={24} md={12} xl={5}>
            {card(
              t('dash.sentimentMix'),
              <Chart
                dark={wall}
                testId="chart-sentiment"
                height={tall}
                option={pie(sentimentKeys.map((k) => ({ name: sentimentName[k], value: d.sentiment[k], color: sentimentColors[k] })))}
                onItemClick={(p) => open(p.name)}
              />,
            )}
          </Col>
          <Col xs={24} md={12} xl={5}>
            {card(
              t('dash.shareOfVoice'),
              d.shareOfVoice.some((s) => s.count > 0) ? (
                <Chart
                  dark={wall}
                  testId="chart-share"
                  height={tall}
                  option={pie(d.shareOfVoice.map((s) => ({ name: s.name, value: s.count })))}
                  onItemClick={(p) => open(`topic:${p.name}`)}
                />
              ) : (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dash.noTopics')} />
              ),
            )}
          </Col>
          <Col xs={24} xl={14}>
            {card(
              t('dash.volumeChannel'),
              <Chart
                dark={wall}
                testId="chart-volume-channel"
                height={tall}
                option={volumeByChannel(d, labels)}
                onItemClick={(p) => open(p.seriesName)}
              />,
            )}
          </Col>
          <Col xs={24} xl={10}>
            {card(
              t('dash.events'),
              <TopEvents
                workspaceId={workspace.id}
                days={periods[state.period]}
                dark={wall}
                {...(state.topics.length === 1 ? { topic: state.topics[0] } : {})}
              />,
              'top-events',
            )}
          </Col>
          <Col xs={24} xl={10}>
            {card(
              t('dash.keywords'),
              <WordCloud
                label={t('dash.keywords')}
                dark={wall}
                height={tall}
                words={d.keywords.map((k) => ({ text: k.value, count: k.count }))}
                onWordClick={(w) => search({}, w)}
              />,
            )}
          </Col>
          <Col xs={24} md={12} xl={7}>
            {card(t('dash.sources'), <CountList dark={wall} empty={t('dash.noData')} items={d.sources} />, 'top-sources')}
          </Col>
          <Col xs={24} md={12} xl={7}>
            {card(t('dash.authors'), <CountList dark={wall} empty={t('dash.noData')} items={d.authors} />, 'top-authors')}
          </Col>
          <Col xs={24} xl={12}>
            {card(
              t('dash.chinaMap'),
              <Chart
                dark={wall}
                testId="chart-china"
                height={wall ? 420 : 380}
                option={regionMap(
                  'china',
                  d.provinces.map((p) => ({ name: p.value, value: p.count })),
                  wall,
                )}
                onItemClick={(p) => search({ region: p.name })}
              />,
            )}
          </Col>
          <Col xs={24} xl={12}>
            {card(
              t('dash.worldMap'),
              <Chart
                dark={wall}
                testId="chart-world"
                height={wall ? 420 : 380}
                option={regionMap(
                  'world',
                  d.countries.filter((c) => c.en).map((c) => ({ name: c.en ?? '', value: c.count })),
                  wall,
                )}
                onItemClick={(p) => open(`world:${p.name}`)}
              />,
            )}
          </Col>
          <Col xs={24} xl={11}>
            {card(
              text(lang, 'keyAccounts'),
              <KeyAccounts data={accounts.data} error={accounts.error} loading={accounts.loading} dark={wall} />,
              'key-accounts',
            )}
          </Col>
          <Col xs={24} xl={13}>
            {card(
              t('dash.highRisk'),
              <List
                size="small"
                data-testid="high-risk"
                locale={{ emptyText: t('dash.noData') }}
                dataSource={d.highRisk}
                renderItem={(m) => (
                  <List.Item extra={<span style={{ color: wall ? '#9fb3d1' : '#8c8c8c' }}>{t('dash.reach', { n: m.reach })}</span>}>
                    <Space size={12} wrap>
                      {m.level === null ? <span style={{ color: '#cf1322' }}>●</span> : <SeverityTag level={m.level} />}
                      <Link href={`/mentions/${m.id}`} style={wall ? { color: '#ffd591', fontSize: 18 } : {}}>
                        {m.title}
                      </Link>
                      <span style={{ color: wall ? '#9fb3d1' : '#8c8c8c' }}>
                        {m.source} · {m.author ?? ''} · {formatDateTime(m.at)}
                      </span>
                    </Space>
                  </List.Item>
                )}
              />,
            )}
          </Col>
        </Row>
      )}
    </div>
  );
}
