/** The word cloud of top keywords, drawn as SVG from our own layout (word-cloud-layout.ts); a click opens the word. */
import { useMemo } from 'react';
import { layoutWords } from './word-cloud-layout.js';

const palette = ['#1f4e9c', '#cf1322', '#389e0d', '#d46b08', '#531dab', '#08979c', '#c41d7f'];

export interface WordCloudProps {
  words: readonly { text: string; count: number }[];
  width?: number;
  height: number;
  onWordClick?: (word: string) => void;
  dark?: boolean;
  label: string;
}

export function WordCloud({ words, width = 440, height, onWordClick, dark, label }: WordCloudProps) {
  const placed = useMemo(() => layoutWords(words, width, height), [words, width, height]);
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width="100%" height={height} data-testid="word-cloud">
      <title>{label}</title>
      {placed.map((w, i) => (
        // biome-ignore lint/a11y/useSemanticElements: SVG text has no button element; it takes the role and the keys.
        <text
          key={w.text}
          x={w.x}
          y={w.y}
          fontSize={w.size}
          textAnchor="middle"
          dominantBaseline="central"
          fill={dark ? ['#69b1ff', '#ff7875', '#95de64', '#ffc069', '#b37feb'][i % 5] : palette[i % palette.length]}
          style={{ cursor: onWordClick ? 'pointer' : 'default', fontWeight: i < 3 ? 600 : 400 }}
          onClick={() => onWordClick?.(w.text)}
          onKeyDown={(e) => e.key === 'Enter' && onWordClick?.(w.text)}
          tabIndex={onWordClick ? 0 : undefined}
          role="button"
          aria-label={`${w.text} ${w.count}`}
          data-count={w.count}
        >
          {w.text}
        </text>
      ))}
    </svg>
  );
}
