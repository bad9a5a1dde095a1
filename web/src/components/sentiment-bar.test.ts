import { describe, expect, it } from 'vitest';
import { sentimentBar, sentimentBarColors } from './sentiment-bar.js';

describe('sentimentBar', () => {
  it('is as long as the score is strong', () => {
    expect(sentimentBar('negative', -0.74).percent).toBeGreaterThan(sentimentBar('negative', -0.28).percent);
    expect(sentimentBar('negative', -0.74)).toEqual({ percent: 74, color: sentimentBarColors.negative });
    expect(sentimentBar('positive', 0.5).percent).toBe(50);
  });

  it('takes its colour from the label, not the sign of the score', () => {
    expect(sentimentBar('neutral', -0.2).color).toBe(sentimentBarColors.neutral);
    expect(sentimentBar('positive', -0.1).color).toBe(sentimentBarColors.positive);
  });

  it('stays within 0–100 % for any score', () => {
    expect(sentimentBar('negative', -3).percent).toBe(100);
    expect(sentimentBar('neutral', Number.NaN).percent).toBe(0);
  });
});
