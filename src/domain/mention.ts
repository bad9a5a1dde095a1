/**
 * A mention as the pipeline builds it before storing. Enrichment stages (language,
 * sentiment, entities…) add fields here and to the `mentions` table in later migrations.
 */
import type { MentionAnalysis, SentimentLabel } from './analysis.js';

export interface MentionDraft {
  workspaceId: number;
  inboxId: number;
  dedupeKey: string;
  sourceKey: string;
  externalId: string | null;
  url: string | null;
  canonicalUrl: string | null;
  title: string;
  text: string;
  author: string | null;
  publishedAt: number | null;
  collectedAt: number;
  lang: string | null;
  parentRef: string | null;
  reposts: number | null;
  replies: number | null;
  likes: number | null;
  views: number | null;
  /** Saves / favourites (收藏). */
  collects: number | null;
  dislikes: number | null;
  /** Picture URLs attached to the item. */
  images: string[];
  channel: string | null;
  platform: string | null;
  authorFollowers: number | null;
  /** The region label the platform gave (e.g. IP属地：广东); resolved regions go into `tags`. */
  regionLabel: string | null;
  sentiment: { label: SentimentLabel; score: number } | null;
  /** Id of the earlier mention this one copies (reposts, edited copies). */
  duplicateOf: number | null;
  /** Topics of the workspace this mention matches. */
  topicIds: number[];
  /** Labels for filters and facets: categories, regions, entities, keywords, emotions. */
  tags: MentionTag[];
  /** Everything shown on the mention's detail that has no column of its own. */
  analysis: MentionAnalysis;
  /** Working state the enrichment stages share (set by normalizeText, segmentation); never stored. */
  nlp?: NlpScratch;
  /** The near-duplicate fingerprint (duplicates stage), stored as LSH band rows beside the mention (issue 5b). */
  nearDuplicate?: NearDuplicateMark;
  /** The text's near-duplicate fingerprint, computed with the analysis (in its threads); the duplicates stage compares it. Never stored. */
  duplicateFingerprint?: DuplicateFingerprint;
}

/** What near-duplicate matching compares of a text (computed by `nlp/duplicates`). */
export interface DuplicateFingerprint {
  /** The normalised text. */
  text: string;
  /** Hash of the normalised text (16 hex digits), for exact matching. */
  exact: string;
  /** True when the text is too short for MinHash: compare only by `exact`. */
  short: boolean;
  /** Sorted distinct shingle hashes (empty when short). */
  shingles: Uint32Array;
  /** LSH bucket keys, one per band (empty when short). */
  bands: string[];
  /** Numbers and places the text states; a copy never contradicts them. */
  facts: DuplicateFacts;
}

export interface DuplicateFacts {
  /**
   * Numbers as written in digits (Chinese numerals before a measure word converted), sorted, with repeats: `5月5日`
   * and `8月28日…5人` state different things even where every value of one appears in the other.
   */
  numbers: string[];
  /**
   * Provinces, cities and countries of the gazetteer, district-like names (西湖区, 余杭区, 周庄镇) and institution-like
   * names (中心医院, 第一中学), sorted, distinct.
   */
  names: string[];
  /** Casualty outcomes, by kind (受伤 and 负伤 are one, 死亡 and 遇难 another): `3人受伤` is not `3人死亡`. */
  outcomes: string[];
}

/** What the duplicates stage hands to the store for one mention (issue 5b). */
export interface NearDuplicateMark {
  /** LSH bucket keys, one per band; empty for short texts. */
  bands: string[];
  /** Hash of the normalised text, stored for short texts (exact matching only). */
  exact: string | null;
  /** Dedupe key of an earlier mention of the same batch this one copies (its id is known only once stored). */
  originalKey: string | null;
  /** A stored original this (earlier) mention replaces: it and its copies are pointed here once stored. */
  replaces: number | null;
}

/** What the text-analysis stages pass on to each other (issue 5a). */
export interface NlpScratch {
  /** Title and text for analysis: NFKC, whitespace collapsed, traditional folded to simplified. */
  text: string;
  /** The words of `text` with part-of-speech tags, the workspace's user dictionary applied. */
  words: TaggedWord[];
}

export interface TaggedWord {
  word: string;
  tag: string;
}

export interface MentionTag {
  kind: string;
  value: string;
}

/** A draft that knows only who and what it is: every fact collection would add is unknown (null) or empty. */
export function blankDraft(
  known: Pick<MentionDraft, 'workspaceId' | 'inboxId' | 'dedupeKey' | 'sourceKey' | 'collectedAt'> & Partial<MentionDraft>,
): MentionDraft {
  return {
    externalId: null,
    url: null,
    canonicalUrl: null,
    title: '',
    text: '',
    author: null,
    publishedAt: null,
    lang: null,
    parentRef: null,
    reposts: null,
    replies: null,
    likes: null,
    views: null,
    collects: null,
    dislikes: null,
    images: [],
    channel: null,
    platform: null,
    authorFollowers: null,
    regionLabel: null,
    sentiment: null,
    duplicateOf: null,
    topicIds: [],
    tags: [],
    analysis: {},
    ...known,
  };
}
