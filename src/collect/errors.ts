/** Typed errors of the pure collectors (feeds, pages, sitemaps): a stable code and a plain message naming the problem. */

export type CollectErrorCode = 'empty' | 'invalid_xml' | 'invalid_json' | 'not_a_feed' | 'not_a_sitemap' | 'no_article';

export class CollectError extends Error {
  override readonly name = 'CollectError';
  constructor(
    readonly code: CollectErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isCollectError(err: unknown): err is CollectError {
  return err instanceof CollectError;
}
