/** A sentiment as a bar: coloured by its label, as long as its score is strong (see `sentiment-bar.ts`). */
import { type SentimentLabel, sentimentBar } from './sentiment-bar.js';

export function SentimentBar({ label, score, title }: { label: SentimentLabel; score: number; title: string }) {
  const { percent, color } = sentimentBar(label, score);
  return (
    <div
      title={`${title}: ${percent}%`}
      data-percent={percent}
      data-testid="sentiment-bar"
      style={{ height: 8, borderRadius: 4, background: '#f0f0f0', overflow: 'hidden' }}
    >
      <div data-testid="sentiment-bar-fill" style={{ width: `${percent}%`, height: '100%', borderRadius: 4, background: color }} />
    </div>
  );
}
