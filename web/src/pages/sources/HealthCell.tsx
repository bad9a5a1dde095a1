/** A source's health at a glance: status tag, last success, the last error in plain words, the next check. */
import { Space, Tag, Tooltip, Typography } from 'antd';
import type { SourceHealthView } from '../../../../src/api/schemas/sources.js';
import { type MessageKey, useI18n } from '../../i18n/index.js';

const colors: Record<SourceHealthView['status'], string> = {
  ok: 'green',
  failing: 'red',
  waiting: 'blue',
  paused: 'default',
  push: 'purple',
};

export function HealthCell({ health }: { health: SourceHealthView }) {
  const { t } = useI18n();
  const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : t('sources.never'));
  return (
    <Space direction="vertical" size={0}>
      <Space>
        <Tag color={colors[health.status]}>{t(`sources.status.${health.status}` as MessageKey)}</Tag>
        {health.consecutiveFailures > 1 && (
          <Typography.Text type="danger">{t('sources.failuresInRow', { n: health.consecutiveFailures })}</Typography.Text>
        )}
      </Space>
      {health.status !== 'push' && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('sources.lastSuccess')}：{when(health.lastSuccessAt)}
        </Typography.Text>
      )}
      {health.lastError && (
        <Tooltip title={health.lastError}>
          <Typography.Text type="danger" style={{ fontSize: 12, maxWidth: 360 }} ellipsis>
            {health.lastError}
          </Typography.Text>
        </Tooltip>
      )}
      {health.lastNote && (
        <Typography.Text type="warning" style={{ fontSize: 12, maxWidth: 360 }} ellipsis>
          {health.lastNote}
        </Typography.Text>
      )}
    </Space>
  );
}
