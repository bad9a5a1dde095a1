/** Feeds: the pure parser and its mapping to IncomingItem. */
export { type FetchFeedOptions, type FetchFeedResult, fetchFeed } from './fetch-feed.js';
export { DEFAULT_MAX_ITEMS, parseFeed } from './parse-feed.js';
export { type FeedLine, feedLines } from './print.js';
export { feedItemToIncoming, type IncomingContext } from './to-incoming.js';
export type { Feed, FeedFormat, FeedItem, FeedMedia, ParseFeedOptions } from './types.js';
