/** The columns of the events table. */
import { Space, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/index.js';
import type { EventSummary } from '../../../../src/api/schemas/events.js';
import { type Channel, channelLabels } from '../../../../src/domain/channel.js';
import type { I18n } from '../../i18n/index.js';
import { formatCount, formatDateTime } from '../../lib/format.js';
import { Link } from '../../lib/router.js';
import { LevelTag } from './LevelTag.js';
import { statusColors, statusKey } from './levels.js';
import { SentimentMix } from './SentimentMix.js';

export const channelName = (c: string, lang: I18n['lang']) => (c in channelLabels ? channelLabels[c as Channel][lang] : c);

export function eventColumns(i18n: I18n): ColumnsType<EventSummary> {
  const { t, lang } = i18n;
  return [
    {
      key: 'severity',
      title: t('events.col.severity'),
      width: 120,
      render: (_, e) => <LevelTag level={e.severity.level} overridden={e.severity.overridden} />,
    },
    {
      key: 'title',
      title: t('events.col.title'),
      render: (_, e) => (
        <div style={{ minWidth: 260 }}>
          <Link href={`/events/${e.id}`} data-testid="event-link" style={{ fontWeight: 600 }}>
            {e.title}
          </Link>
          {e.renamed && (
            <Tag style={{ marginInlineStart: 8 }} bordered={false}>
              {t('events.renamed')}
            </Tag>
          )}
          {e.keywords.length > 0 && (
            <Typography.Paragraph type="secondary" ellipsis style={{ margin: '4px 0 0', fontSize: 12 }}>
              {e.keywords.slice(0, 6).join(' · ')}
            </Typography.Paragraph>
          )}
        </div>
      ),
    },
    {
      key: 'status',
      title: t('events.col.status'),
      width: 90,
      render: (_, e) => <Tag color={statusColors[e.status]}>{t(statusKey(e.status))}</Tag>,
    },
    {
      key: 'mentions',
      title: t('events.col.mentions'),
      width: 100,
      align: 'right',
      render: (_, e) => (
        <span data-testid="event-mentions">
          {formatCount(e.mentions, lang)}
          {e.lastHour > 1 && (
            <Tooltip title={t('events.lastHourHelp', { n: e.lastHour })}>
              <Typography.Text type="danger"> +{formatCount(e.lastHour, lang)}</Typography.Text>
            </Tooltip>
          )}
        </span>
      ),
    },
    {
      key: 'sentiment',
      title: t('events.col.sentiment'),
      width: 140,
      render: (_, e) => <SentimentMix counts={e.sentiment} />,
    },
    {
      key: 'channels',
      title: t('events.col.channels'),
      width: 160,
      render: (_, e) => (
        <Space size={4} wrap>
          {e.channels.slice(0, 3).map((c) => (
            <Tag key={c.channel} bordered={false}>
              {channelName(c.channel, lang)} {c.count}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      key: 'period',
      title: t('events.col.period'),
      width: 170,
      render: (_, e) => (
        <span style={{ whiteSpace: 'nowrap', fontSize: 12 }}>
          {formatDateTime(e.firstAt)}
          <br />
          {formatDateTime(e.lastAt)}
        </span>
      ),
    },
  ];
}
