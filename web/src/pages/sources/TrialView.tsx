/** What "fetch now" found: the error in plain words, or the items that would be collected. */
import { Alert, List, Space, Tag, Typography } from 'antd';
import type { TrialResult } from '../../../../src/api/schemas/sources.js';
import { useI18n } from '../../i18n/index.js';

export function TrialView({ trial }: { trial: TrialResult }) {
  const { t } = useI18n();
  if (!trial.ok) return <Alert type="error" showIcon title={t('sources.trialFailed')} description={trial.error} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Alert
        type={trial.total > 0 ? 'success' : 'info'}
        showIcon
        title={trial.notModified ? t('sources.trialNotModified') : t('sources.trialFound', { total: trial.total, ms: trial.elapsedMs })}
        description={trial.note ?? undefined}
      />
      <List
        size="small"
        bordered
        dataSource={trial.items}
        style={{ maxHeight: 320, overflow: 'auto' }}
        renderItem={(item) => (
          <List.Item>
            <Space direction="vertical" size={0} style={{ width: '100%' }}>
              <Space wrap>
                {item.url ? (
                  <Typography.Link href={item.url} target="_blank" rel="noreferrer">
                    {item.title ?? item.url}
                  </Typography.Link>
                ) : (
                  <Typography.Text strong>{item.title}</Typography.Text>
                )}
                {item.channel && <Tag>{item.channel}</Tag>}
                {item.platform && <Tag color="blue">{item.platform}</Tag>}
              </Space>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {[item.author, item.publishedAt ? new Date(item.publishedAt).toLocaleString() : null].filter(Boolean).join(' · ')}
              </Typography.Text>
              <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
                {item.text}
              </Typography.Paragraph>
            </Space>
          </List.Item>
        )}
      />
    </Space>
  );
}
