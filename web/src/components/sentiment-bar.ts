/**
 * The geometry of a sentiment bar: its colour says the label (red negative, green positive, grey neutral), its length
 * how strong the score is (|score|, −1…1 → 0…100 %), so −0.74 draws longer than −0.28 and a neutral item is never red.
 */
export type SentimentLabel = 'positive' | 'neutral' | 'negative';

export const sentimentBarColors: Record<SentimentLabel, string> = { positive: '#389e0d', neutral: '#8c8c8c', negative: '#cf1322' };

export function sentimentBar(label: SentimentLabel, score: number): { percent: number; color: string } {
  const magnitude = Number.isFinite(score) ? Math.min(1, Math.abs(score)) : 0;
  return { percent: Math.round(magnitude * 100), color: sentimentBarColors[label] };
}
