/** The smaller panels of the event page: the cited summary, the timeline of first posts, key accounts, regions, related events, corrections. */
import { Card, Empty, List, Table, Tabs, Tag, Timeline, Typography } from 'antd';
import type { EventDetail } from '../../../../src/api/schemas/events.js';
import { useI18n } from '../../i18n/index.js';
import { formatCount, formatDateTime } from '../../lib/format.js';
import { Link } from '../../lib/router.js';
import { CountList } from '../dashboard/CountList.js';
import { channelName } from './columns.js';

type Cited = NonNullable<EventDetail['origin']>;

export function SummaryCard({ event }: { event: EventDetail }) {
  const { t } = useI18n();
  // Each sentence cites its mention as [n], numbered in the order they first appear.
  const numbers = new Map<number, number>();
  for (const s of event.summary) if (!numbers.has(s.mentionId)) numbers.set(s.mentionId, numbers.size + 1);
  return (
    <Card title={t('event.summary')} size="small" data-testid="event-summary">
      {event.summary.length === 0 ? (
        <Typography.Text type="secondary">{t('event.summaryEmpty')}</Typography.Text>
      ) : (
        <Typography.Paragraph style={{ fontSize: 15, lineHeight: 1.9, margin: 0 }}>
          {event.summary.map((s) => (
            <span key={`${s.mentionId}-${s.text}`}>
              {s.text}
              <Link href={`/mentions/${s.mentionId}`} title={t('event.cite')} data-testid="summary-cite">
                <sup>[{numbers.get(s.mentionId)}]</sup>
              </Link>{' '}
            </span>
          ))}
        </Typography.Paragraph>
      )}
      {event.keywords.length > 0 && (
        <div style={{ marginTop: 12 }}>
          {event.keywords.map((k) => (
            <Tag key={k}>{k}</Tag>
          ))}
        </div>
      )}
    </Card>
  );
}

function CitedLine({ m }: { m: Cited }) {
  const { lang } = useI18n();
  return (
    <span>
      <Link href={`/mentions/${m.id}`}>{m.title || `#${m.id}`}</Link>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {' '}
        · {m.author ?? m.source} · {channelName(m.channel ?? '', lang)}
      </Typography.Text>
    </span>
  );
}

export function TimelineCard({ event }: { event: EventDetail }) {
  const { t, lang } = useI18n();
  const items = [
    ...(event.origin ? [{ at: event.origin.at, label: t('event.origin'), m: event.origin, color: 'red' }] : []),
    ...event.firstPerChannel
      .filter((f) => f.mention.id !== event.origin?.id)
      .map((f) => ({
        at: f.mention.at,
        label: t('event.firstIn', { channel: channelName(f.channel, lang) }),
        m: f.mention,
        color: 'blue',
      })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <Card title={t('event.timeline')} size="small" data-testid="event-timeline">
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('event.noData')} />
      ) : (
        <Timeline
          items={items.map((i) => ({
            color: i.color,
            children: (
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(i.at)} <Tag color={i.color}>{i.label}</Tag>
                </Typography.Text>
                <div>
                  <CitedLine m={i.m} />
                </div>
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}

type Account = EventDetail['spread']['keyAccounts'][number];

export function KeyAccountsCard({ event }: { event: EventDetail }) {
  const { t, lang } = useI18n();
  return (
    <Card title={t('event.keyAccounts')} size="small" data-testid="key-accounts" style={{ height: '100%' }}>
      <Table<Account>
        size="small"
        rowKey={(a) => `${a.source}|${a.author}`}
        pagination={false}
        dataSource={event.spread.keyAccounts}
        locale={{ emptyText: t('event.noData') }}
        columns={[
          { key: 'author', title: t('event.account'), render: (_, a) => <span>{a.author}</span> },
          { key: 'source', title: t('mentions.col.source'), dataIndex: 'source', width: 110 },
          { key: 'mentions', title: t('events.col.mentions'), dataIndex: 'mentions', width: 70, align: 'right' },
          { key: 'onward', title: t('event.onwardCol'), dataIndex: 'onward', width: 80, align: 'right' },
          { key: 'reach', title: t('event.reach'), width: 80, align: 'right', render: (_, a) => formatCount(a.reach, lang) },
        ]}
      />
    </Card>
  );
}

const toItems = (xs: { label: string; count: number }[]) => xs.slice(0, 10).map((x) => ({ label: x.label, count: x.count }));

export function RegionsCard({ event }: { event: EventDetail }) {
  const { t } = useI18n();
  const empty = t('event.noData');
  return (
    <Card title={t('event.regions')} size="small" data-testid="event-regions" style={{ height: '100%' }}>
      <Tabs
        size="small"
        items={[
          { key: 'p', label: t('event.provinces'), children: <CountList items={toItems(event.provinces)} empty={empty} /> },
          { key: 'c', label: t('event.countries'), children: <CountList items={toItems(event.countries)} empty={empty} /> },
          { key: 's', label: t('event.sources'), children: <CountList items={toItems(event.sources)} empty={empty} /> },
        ]}
      />
    </Card>
  );
}

export function RelatedCard({ event }: { event: EventDetail }) {
  const { t } = useI18n();
  return (
    <Card title={t('event.related')} size="small" style={{ height: '100%' }}>
      <List
        size="small"
        dataSource={event.related}
        locale={{ emptyText: t('event.noData') }}
        renderItem={(r) => (
          <List.Item>
            <span>
              <Tag>{t(`event.relation.${r.relation}`)}</Tag>
              <Link href={`/events/${r.id}`}>{r.title}</Link>
            </span>
          </List.Item>
        )}
      />
    </Card>
  );
}

export function CorrectionsCard({ event }: { event: EventDetail }) {
  const { t } = useI18n();
  return (
    <Card title={t('event.corrections')} size="small" data-testid="event-corrections" style={{ height: '100%' }}>
      {event.corrections.length === 0 ? (
        <Typography.Text type="secondary">{t('event.correctionsEmpty')}</Typography.Text>
      ) : (
        <Timeline
          items={event.corrections.map((c) => ({
            children: (
              <span data-testid="correction">
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(c.at)} · {c.by ?? '—'}
                </Typography.Text>
                <br />
                {c.detail}
              </span>
            ),
          }))}
        />
      )}
    </Card>
  );
}
