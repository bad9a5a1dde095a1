/**
 * 重点事件: the period's most severe events (of the one topic chosen, if one is), each with its level, status and
 * size, linking to its event page; 全部事件 opens the events list with the same period and topic.
 */
import { Empty, List, Tag, Typography } from 'antd';
import { listEvents } from '../../api/events.js';
import { useI18n } from '../../i18n/index.js';
import { formatCount } from '../../lib/format.js';
import { Link } from '../../lib/router.js';
import { useQuery } from '../../lib/useQuery.js';
import { LevelTag } from '../events/LevelTag.js';
import { statusColors, statusKey } from '../events/levels.js';

const shown = 8;

/** The day `days` ago in the browser's zone, as the events list's URL takes it. */
const dayBefore = (days: number) => {
  const d = new Date(Date.now() - days * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export function TopEvents({ workspaceId, days, topic, dark }: { workspaceId: number; days: number; topic?: number; dark?: boolean }) {
  const { t, lang } = useI18n();
  const from = new Date(Date.now() - days * 86_400_000).toISOString();
  // The hour is enough for the key: the list is re-read on the dashboard's refresh, not every render.
  const query = useQuery(`top-events|${workspaceId}|${days}|${topic ?? ''}|${from.slice(0, 13)}`, (signal) =>
    listEvents(workspaceId, { sort: 'severity', limit: shown, from, ...(topic !== undefined ? { topic } : {}) }, signal),
  );
  const events = query.data?.items ?? [];
  const all = `/events?${new URLSearchParams({ from: dayBefore(days), ...(topic !== undefined ? { topic: String(topic) } : {}) }).toString()}`;
  if (!query.loading && events.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(query.error ? 'events.loadFailed' : 'dash.eventsNone')} />;
  return (
    <List
      size="small"
      loading={query.loading && events.length === 0}
      dataSource={events}
      footer={
        <Link href={all} style={dark ? { color: '#9fc3ff' } : {}}>
          {t('dash.eventsAll')}
        </Link>
      }
      renderItem={(e) => (
        <List.Item data-testid="top-event">
          {/* One line: level, status, the title cut to the card's width, the size kept whole at the end. */}
          <div style={{ display: 'flex', alignItems: 'center', gap: 8, width: '100%', minWidth: 0 }}>
            <LevelTag level={e.severity.level} overridden={e.severity.overridden} />
            <Tag color={statusColors[e.status]} style={{ marginInlineEnd: 0 }}>
              {t(statusKey(e.status))}
            </Tag>
            <Typography.Text ellipsis style={{ flex: 1, minWidth: 0 }}>
              <Link href={`/events/${e.id}`} style={dark ? { color: '#ffd591' } : {}}>
                {e.title}
              </Link>
            </Typography.Text>
            <span style={{ flexShrink: 0, color: dark ? '#9fb3d1' : '#8c8c8c' }}>
              {t('dash.count', { n: formatCount(e.mentions, lang) })}
            </span>
          </div>
        </List.Item>
      )}
    />
  );
}
