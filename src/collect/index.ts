/** The pure collection core: decoding (from src/decode), feeds, articles, links and sitemaps. No I/O here; fetchers live beside their source types. */

export { type Decoded, decodeBytes, toText } from '../decode/decode.js';
export { type Article, type ExtractOptions, extractArticle } from './article/extract.js';
export { type ArticleLink, findArticleLinks } from './article/links.js';
export { CollectError, type CollectErrorCode, isCollectError } from './errors.js';
export * from './feed/index.js';
export { type ParseSitemapOptions, parseSitemap, type Sitemap, type SitemapEntry, type SitemapNews } from './sitemap/parse-sitemap.js';
export { CHINA_OFFSET_MINUTES, type DateOptions, parseLooseDate } from './text/dates.js';
export { htmlToLine, htmlToText } from './text/html-text.js';
export { resolveUrl } from './text/urls.js';
