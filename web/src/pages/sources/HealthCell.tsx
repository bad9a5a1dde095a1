/** A source's health at a glance: status tag, last success, when the last new item came, the last error in plain words. */
import { Space, Tag, Tooltip, Typography } from 'antd';
import type { SourceHealthView } from '../../../../src/api/schemas/sources.js';
import { type MessageKey, useI18n } from '../../i18n/index.js';
import { formatDateTime } from '../../lib/format.js';

const colors: Record<SourceHealthView['status'], string> = {
  ok: 'green',
  failing: 'red',
  waiting: 'blue',
  paused: 'default',
  push: 'purple',
};

export function HealthCell({ health }: { health: SourceHealthView & { lastNewItemAt?: string | null } }) {
  const { t, lang } = useI18n();
  const sep = lang === 'zh' ? '：' : ': ';
  const when = (iso: string | null) => (iso ? formatDateTime(iso) : t('sources.never'));
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
          {t('sources.lastSuccess')}
          {sep}
          {when(health.lastSuccessAt)}
        </Typography.Text>
      )}
      {health.lastNewItemAt !== undefined && health.status !== 'push' && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="last-new-item">
          {t('sources.lastNewItem')}
          {sep}
          {when(health.lastNewItemAt)}
        </Typography.Text>
      )}
      {health.lastError && (
        <Tooltip title={health.lastError}>
          <Typography.Text type="danger" style={{ fontSize: 12, maxWidth: 320 }} ellipsis>
            {health.lastError}
          </Typography.Text>
        </Tooltip>
      )}
      {health.lastNote && (
        <Typography.Text type="warning" style={{ fontSize: 12, maxWidth: 320 }} ellipsis>
          {health.lastNote}
        </Typography.Text>
      )}
    </Space>
  );
}
