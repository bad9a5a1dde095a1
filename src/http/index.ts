/** The outbound HTTP client: the only way Yuqing code reaches the network. */
export { blockedReason, type Cidr, parseCidr, parseIp } from './address.js';
export {
  createHttpClient,
  type FetchOptions,
  type HttpClient,
  type HttpClientDeps,
  type HttpClientOptions,
  type HttpResponse,
  httpDefaults,
} from './client.js';
export { formatBytes, HttpError, type HttpErrorCode, isHttpError } from './errors.js';
export { type HttpConfig, httpClientFromConfig } from './from-config.js';
export { type Resolver, systemResolver } from './guard.js';
