/** 事件等级: the level shown, the explanation in words, the factors that drove it, a manual level with its reason, and the level's changes. */
import { Alert, Card, Space, Table, Tag, Timeline, Typography } from 'antd';
import type { EventDetail } from '../../../../src/api/schemas/events.js';
import { useI18n } from '../../i18n/index.js';
import { formatDateTime } from '../../lib/format.js';
import { LevelTag } from './LevelTag.js';
import { isLevel, levelColors, levelKey } from './levels.js';

type Factor = EventDetail['severity']['factors'][number];

export function SeverityCard({ severity }: { severity: EventDetail['severity'] }) {
  const { t } = useI18n();
  const levelName = (l: number | null) => (isLevel(l) ? t(levelKey(l)) : t('events.noLevel'));
  return (
    <Card title={t('event.severity')} size="small" data-testid="severity-card" style={{ height: '100%' }}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <LevelTag level={severity.level} overridden={severity.overridden} />
          {severity.overridden && (
            <Typography.Text type="secondary">
              {t('event.computed', {
                level: levelName(severity.computed),
                score: severity.score === null ? '—' : Math.round(severity.score),
              })}
            </Typography.Text>
          )}
          {!severity.overridden && severity.score !== null && (
            <Typography.Text type="secondary">{Math.round(severity.score)} / 100</Typography.Text>
          )}
        </Space>
        {severity.explanation && (
          <Typography.Paragraph data-testid="severity-explanation" style={{ margin: 0 }}>
            {severity.explanation}
          </Typography.Paragraph>
        )}
        {severity.override && (
          <Alert
            type="warning"
            showIcon
            data-testid="severity-override"
            title={t('event.overrideBy', {
              level: levelName(severity.override.level),
              by: severity.override.by ?? '—',
              at: formatDateTime(severity.override.at),
              reason: severity.override.reason,
            })}
          />
        )}
        <Table<Factor>
          size="small"
          rowKey="factor"
          pagination={false}
          dataSource={severity.factors}
          columns={[
            { key: 'name', title: t('event.factor'), dataIndex: 'name' },
            { key: 'figure', title: t('event.figure'), dataIndex: 'figure', width: 100 },
            {
              key: 'points',
              title: t('event.points'),
              width: 150,
              render: (_, f) => (
                <Space size={6}>
                  <span style={{ display: 'inline-block', width: 70, height: 6, background: '#f0f0f0', borderRadius: 3 }}>
                    <span
                      style={{
                        display: 'block',
                        width: `${Math.max(0, Math.min(1, f.strength)) * 100}%`,
                        height: 6,
                        background: '#fa8c16',
                        borderRadius: 3,
                      }}
                    />
                  </span>
                  {f.points.toFixed(1)}
                </Space>
              ),
            },
          ]}
        />
        {severity.history.length > 1 && (
          <>
            <Typography.Text type="secondary">{t('event.history')}</Typography.Text>
            <Timeline
              style={{ marginTop: 8 }}
              items={severity.history.map((h) => ({
                color: isLevel(h.level) ? levelColors[h.level] : 'gray',
                children: (
                  <span>
                    {formatDateTime(h.at)} <Tag>{levelName(h.level)}</Tag>
                  </span>
                ),
              }))}
            />
          </>
        )}
      </Space>
    </Card>
  );
}
