/** The sentiment of a mention with the correction control (admin, analyst) and who corrected it when. */
import { Alert, Card, Radio, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import type { MentionDetail, SentimentLabelValue } from '../../../../src/api/schemas/mention-detail.js';
import { correctSentiment } from '../../api/mention-detail.js';
import { SentimentBar } from '../../components/SentimentBar.js';
import { useI18n } from '../../i18n/index.js';
import { describeError } from '../../lib/errors.js';
import { formatDateTime } from '../../lib/format.js';

export const sentimentColors: Record<SentimentLabelValue, string> = { positive: 'green', neutral: 'default', negative: 'red' };
const labels: SentimentLabelValue[] = ['positive', 'neutral', 'negative'];

export function SentimentCard({
  mention,
  workspaceId,
  canCorrect,
  onChange,
}: {
  mention: MentionDetail;
  workspaceId: number;
  canCorrect: boolean;
  onChange: (next: MentionDetail) => void;
}) {
  const { t, lang } = useI18n();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const s = mention.sentiment;
  const last = s?.corrections[0];

  const correct = async (label: SentimentLabelValue) => {
    setSaving(true);
    setError(null);
    try {
      onChange(await correctSentiment(workspaceId, mention.id, label));
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card title={t('detail.sentiment')} size="small">
      <Space direction="vertical" size={12} style={{ width: '100%' }}>
        {s ? (
          <Space size={12} wrap>
            <Tag color={sentimentColors[s.label]} style={{ fontSize: 14, padding: '2px 10px' }}>
              {t(`sentiment.${s.label}`)}
            </Tag>
            <Typography.Text type="secondary">{t('detail.score', { score: s.score.toFixed(2) })}</Typography.Text>
            {s.corrected && <Tag color="gold">{t('detail.corrected')}</Tag>}
          </Space>
        ) : (
          <Typography.Text type="secondary">{t('detail.noSentiment')}</Typography.Text>
        )}
        {s && <SentimentBar label={s.label} score={s.score} title={t('detail.sentiment')} />}
        {last && (
          <Typography.Text data-testid="corrected-by">
            {t('detail.correctedBy', {
              who: last.by.displayName ?? last.by.username ?? t('detail.someone'),
              at: formatDateTime(last.at),
            })}
          </Typography.Text>
        )}
        {canCorrect && (
          <div>
            <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 6 }}>
              {t('detail.correctHint')}
            </Typography.Text>
            <Radio.Group
              value={s?.corrected ? s.label : undefined}
              disabled={saving}
              onChange={(e) => void correct(e.target.value as SentimentLabelValue)}
              options={labels.map((l) => ({ value: l, label: t(`sentiment.${l}`) }))}
              optionType="button"
            />
          </div>
        )}
        {error !== null && <Alert type="error" showIcon title={t('detail.correctFailed')} description={describeError(error, lang)} />}
        {s && s.corrections.length > 0 && (
          <Timeline
            items={s.corrections.map((c) => ({
              color: sentimentColors[c.label] === 'default' ? 'gray' : sentimentColors[c.label],
              children: `${formatDateTime(c.at)} · ${c.by.displayName ?? c.by.username ?? t('detail.someone')} → ${t(`sentiment.${c.label}`)}`,
            }))}
          />
        )}
      </Space>
    </Card>
  );
}
