/** What a parsed feed looks like, whatever its format: the fields an IncomingItem needs, plus media and categories. */

export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json';

export interface FeedMedia {
  url: string;
  type?: string;
}

export interface FeedItem {
  /** guid / id / rdf:about; falls back to the URL. */
  externalId?: string;
  /** Absolute http(s) URL. */
  url?: string;
  /** Plain text, one line. */
  title?: string;
  /** Plain text of the fullest body the feed gives (content:encoded, content, description, summary). */
  text: string;
  author?: string;
  /** Epoch milliseconds, or null when the feed gives no readable date. */
  publishedAt: number | null;
  media: FeedMedia[];
  categories: string[];
}

export interface Feed {
  format: FeedFormat;
  title: string;
  /** The site the feed belongs to (absolute), when it says. */
  link?: string;
  lang?: string;
  items: FeedItem[];
  /** Set when the feed held more items than `maxItems`: the first `kept` of `total` were kept. */
  truncated?: { total: number; kept: number };
}

export interface ParseFeedOptions {
  /** URL the feed was fetched from: relative links resolve against it. */
  baseUrl?: string;
  /** HTTP Content-Type, for its charset when bytes are given. */
  contentType?: string | null;
  /** Most items kept (feeds list newest first); default 10,000. */
  maxItems?: number;
  /** Zone for dates without one, minutes east of UTC; default +480 (China). */
  defaultOffsetMinutes?: number;
}
