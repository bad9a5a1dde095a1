/** An event's sentiment mix as one stacked bar (negative, neutral, positive), the counts in its tooltip. */
import { Tooltip } from 'antd';
import { useI18n } from '../../i18n/index.js';
import { sentimentColors } from '../dashboard/options.js';

const order = ['negative', 'neutral', 'positive'] as const;

export function SentimentMix({ counts }: { counts: Record<(typeof order)[number], number> }) {
  const { t } = useI18n();
  const total = order.reduce((n, k) => n + counts[k], 0);
  const words = order.map((k) => `${t(`sentiment.${k}`)} ${counts[k]}`).join(' · ');
  return (
    <Tooltip title={words}>
      <div data-testid="sentiment-mix" style={{ display: 'flex', height: 8, borderRadius: 4, overflow: 'hidden', background: '#f0f0f0' }}>
        {total > 0 && order.map((k) => <div key={k} style={{ width: `${(counts[k] / total) * 100}%`, background: sentimentColors[k] }} />)}
      </div>
    </Tooltip>
  );
}
