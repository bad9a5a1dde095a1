/**
 * A mention's analysis: what collection and the enrichment stages found that has no column of its own, stored as
 * JSON on the mention and shown on its detail. Declared once here; the stages write it, the offline analyser prints
 * it, the API's wire schema is checked against it, the web app reads it. Every part is optional: a mention stored
 * before a stage existed has none of that stage's part. Plain TypeScript (no zod), so the web app may import it.
 */

export type SentimentLabel = 'positive' | 'neutral' | 'negative';

export const EMOTIONS = ['anger', 'fear', 'sadness', 'disgust', 'joy', 'surprise'] as const;
export type Emotion = (typeof EMOTIONS)[number];
/** Each emotion's strength in [0, 1]. */
export type EmotionScores = Record<Emotion, number>;

export const ENTITY_KINDS = ['person', 'org', 'place', 'brand', 'product'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export interface Entity {
  name: string;
  kind: EntityKind;
  /** Times the text names it. */
  count: number;
}

/** A TF-IDF keyword with its weight. */
export interface Keyword {
  word: string;
  weight: number;
}

/** A place of the gazetteer: a province, a city in its province, or a country. */
export type Place =
  | { kind: 'province'; province: string }
  | { kind: 'city'; province: string; city: string }
  | { kind: 'country'; country: string };

export interface RegionsFound {
  /** Where the author is, from the platform's region label. */
  author: Place | null;
  /** Places the text names. */
  mentioned: Place[];
  /** A platform region label that names no place (a bot's name, 未知): kept to be seen, never counted as a region. */
  unresolvedLabel?: string;
}

export interface SentimentDetails {
  /** Which analyser read the text. */
  by: 'zh' | 'en';
  /** The model's own reading, before the workspace's adjustment layer. */
  base: { label: SentimentLabel; score: number };
  /** Whether the workspace's adjustment layer (learnt from analysts' corrections) changed the reading. */
  adapted: boolean;
  /** The label of a corrected mention whose text this one copies, when the layer took it from there. */
  copyOf: SentimentLabel | null;
}

export interface MentionAnalysis {
  /** Remarks collection left on the item (a corrected time, a count it could not read). */
  notes?: string[];
  sentiment?: SentimentDetails;
  /** The top keywords, highest weight first. */
  keywords?: Keyword[];
  entities?: Entity[];
  regions?: RegionsFound;
  emotions?: EmotionScores;
  /** Keys of the workspace's categories whose queries match. */
  categories?: string[];
}
