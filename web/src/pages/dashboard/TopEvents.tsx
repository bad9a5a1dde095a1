/** The slot for the most severe events: a list when there are events, a plain note until clustering exists. */
import { Empty, List, Tag } from 'antd';
import { useI18n } from '../../i18n/index.js';

export interface TopEvent {
  id: number;
  title: string;
  level: 'I' | 'II' | 'III' | 'IV';
  mentions: number;
}

const levelColors = { I: 'red', II: 'orange', III: 'gold', IV: 'blue' } as const;

export function TopEvents({ events }: { events: readonly TopEvent[] }) {
  const { t } = useI18n();
  if (events.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dash.eventsEmpty')} />;
  return (
    <List
      size="small"
      dataSource={[...events]}
      renderItem={(e) => (
        <List.Item extra={t('dash.count', { n: e.mentions })}>
          <Tag color={levelColors[e.level]}>{e.level}</Tag>
          {e.title}
        </List.Item>
      )}
    />
  );
}
