/** The one place the outbound HTTP client is built from configuration. */
import type { Config } from '../config/index.js';
import { createHttpClient, type HttpClient, type HttpClientDeps } from './client.js';

export type HttpConfig = Pick<
  Config,
  | 'fetchUserAgent'
  | 'fetchConnectTimeoutMs'
  | 'fetchIdleTimeoutMs'
  | 'fetchTotalTimeoutMs'
  | 'fetchMaxBodyBytes'
  | 'fetchMaxDecodedBytes'
  | 'fetchMaxRedirects'
  | 'fetchRetries'
  | 'fetchAllowCidrs'
>;

export function httpClientFromConfig(config: HttpConfig, deps: HttpClientDeps = {}): HttpClient {
  return createHttpClient(
    {
      userAgent: config.fetchUserAgent,
      connectTimeoutMs: config.fetchConnectTimeoutMs,
      idleTimeoutMs: config.fetchIdleTimeoutMs,
      totalTimeoutMs: config.fetchTotalTimeoutMs,
      maxBodyBytes: config.fetchMaxBodyBytes,
      maxDecodedBytes: config.fetchMaxDecodedBytes,
      maxRedirects: config.fetchMaxRedirects,
      retries: config.fetchRetries,
      allowCidrs: config.fetchAllowCidrs,
    },
    deps,
  );
}
