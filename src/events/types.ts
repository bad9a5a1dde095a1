/**
 * The shapes of event clustering (舆情事件): what a mention brings (the analysis stages' keywords and entities, its
 * links), the state of a workspace's open events (small, plain JSON, bounded, so the store can keep it), and what a
 * batch decides. One state per workspace: a mention can only ever join an event of its own workspace.
 */
import type { Entity, Keyword } from '../domain/analysis.js';

/** One mention as clustering sees it: the analysis's outputs, never raw NLP again. */
export interface ClusterMention {
  id: string;
  /** Publication time (epoch ms); the collection time when unknown. */
  at: number;
  title: string;
  /** The body as collected (its character pairs are features: they survive a word segmentation missed). */
  text: string;
  /** TF-IDF keywords of title and text (the keywords stage). */
  keywords: readonly Keyword[];
  /** People, organisations, places, brands, products (the entities stage). */
  entities: readonly Entity[];
  /** Id of the mention this one reposts, quotes or answers (its `parent` resolved), if any. */
  parent?: string | null;
  /** Id of the earlier mention this one copies (near-duplicates), if any. */
  duplicateOf?: string | null;
}

/** A term of an event's centroid or a mention's vector, with its weight. */
export type Term = [term: string, weight: number];

/** An open event, as much as clustering needs and no more (its mentions live in the store). */
export interface OpenEvent {
  id: string;
  /** Earliest and latest publication time of its mentions. */
  firstAt: number;
  lastAt: number;
  count: number;
  /** The summed, normalised vectors of its mentions, cut to the heaviest `maxTerms`, heaviest first. */
  terms: Term[];
  /** Id of the first mention (its origin as far as clustering saw). */
  origin: string;
}

export interface ClusterState {
  /** Version of this shape, so a stored state from an older release is recognised. */
  version: 1;
  /** The next event's number (event ids are `e<number>`, unique within the workspace). */
  nextEvent: number;
  /** Open events by id. */
  events: Record<string, OpenEvent>;
  /** Document frequency of terms over the workspace's recent stream (halved when `docs` passes its cap). */
  df: Record<string, number>;
  docs: number;
  /** Which event recent mentions joined, oldest first, so reposts and copies follow their original. */
  recent: [mention: string, event: string][];
}

export type AssignReason = 'parent' | 'duplicate' | 'similar' | 'new';

export interface Assignment {
  id: string;
  event: string;
  reason: AssignReason;
  /** Cosine similarity to the event joined (1 for links, 0 for a new event). */
  score: number;
}

export interface ClusterOptions {
  /** Minimum cosine similarity between a mention and an event's centroid to join it. */
  joinThreshold: number;
  /** Minimum cosine similarity between two open events' centroids for the periodic pass to merge them. */
  mergeThreshold: number;
  /** An event takes new mentions only while its last mention is at most this old (ms). */
  windowMs: number;
  /** A mention's similarity to an event is divided by 1 + (time since the event's last mention) / this (ms). */
  fadeMs: number;
  /** Terms kept per event centroid. */
  maxTerms: number;
  /** Exponent of the stream's IDF: above 1, the workspace's common words (its brand) weigh less still. */
  idfPower: number;
  /** Open events kept; past it the least recently active are dropped from the state (closed). */
  maxOpenEvents: number;
  /** Mention → event links kept for reposts and copies. */
  maxRecent: number;
  /** Terms kept in the document-frequency table. */
  maxDfTerms: number;
  /** Stream size after which document frequencies are halved (a sliding memory of the recent stream). */
  dfHalfLife: number;
  /** A mention's heaviest terms (weighed by the stream's IDF) whose postings are walked for candidate events. */
  probeTerms: number;
  /**
   * A story this large (mentions) is heard above its own noise: its similarity, when a mention would join it or when
   * it would absorb a fragment, is multiplied by 1 + ln(count / bigEvent). Its words are common in the stream because
   * of it (the stream IDF discounts them) and its centroid spreads over many terms, so plain cosines to it stay low.
   */
  bigEvent: number;
  /** The periodic pass raises a large event's similarity only to fragments at most 1/this of its size (a grown story of its own, a rumour, keeps its own event). */
  fragmentRatio: number;
  /** Posting lists longer than this are not walked to find candidates (a term in most events finds nothing). */
  maxPosting: number;
}

export const defaultClusterOptions: ClusterOptions = {
  joinThreshold: 0.05,
  mergeThreshold: 0.18,
  windowMs: 3 * 24 * 3600_000,
  fadeMs: 18 * 3600_000,
  maxTerms: 120,
  idfPower: 2,
  maxOpenEvents: 5000,
  maxRecent: 20_000,
  maxDfTerms: 100_000,
  dfHalfLife: 20_000,
  probeTerms: 16,
  maxPosting: 400,
  bigEvent: 200,
  fragmentRatio: 15,
};

export function emptyClusterState(): ClusterState {
  return { version: 1, nextEvent: 1, events: {}, df: {}, docs: 0, recent: [] };
}
