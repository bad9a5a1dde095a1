/**
 * Every configuration option Yuqing understands: its environment variable, default,
 * parser and a one-line description. `bin/yuqing config` prints this table's effective values.
 */
import { parseBool, parseEnum, parseHostSeconds, parseInteger, parseList, parseString, parseThreads } from './parse.js';

export interface OptionSpec<T> {
  env: string;
  doc: string;
  default: T;
  parse: (raw: string) => T;
  secret?: boolean;
}

function opt<T>(spec: OptionSpec<T>): OptionSpec<T> {
  return spec;
}

export const options = {
  host: opt({ env: 'YUQING_HOST', doc: 'Address the HTTP server listens on.', default: '0.0.0.0', parse: parseString }),
  port: opt({
    env: 'YUQING_PORT',
    doc: 'Port the HTTP server listens on (0 picks a free port).',
    default: 8080,
    parse: parseInteger(0, 65535),
  }),
  databaseUrl: opt({
    env: 'DATABASE_URL',
    doc: 'sqlite:PATH for the embedded database, or postgres://user:pass@host:port/db for PostgreSQL.',
    default: 'sqlite:./data/yuqing.db',
    parse: parseString,
    secret: true,
  }),
  sqliteSynchronous: opt({
    env: 'YUQING_SQLITE_SYNCHRONOUS',
    doc: 'SQLite synchronous mode in WAL: FULL syncs every commit (nothing acknowledged is lost even on power failure), NORMAL is faster.',
    default: 'FULL' as 'FULL' | 'NORMAL',
    parse: parseEnum(['FULL', 'NORMAL'] as const),
  }),
  pgPoolSize: opt({
    env: 'YUQING_PG_POOL_SIZE',
    doc: 'Connections per process in PostgreSQL mode.',
    default: 10,
    parse: parseInteger(1, 200),
  }),
  dbLockWaitMs: opt({
    env: 'YUQING_DB_LOCK_WAIT_MS',
    doc: 'How long a write waits for a database lock another process holds; then the request answers 503 with Retry-After (other requests keep answering meanwhile).',
    default: 5000,
    parse: parseInteger(0, 600_000),
  }),
  logLevel: opt({
    env: 'YUQING_LOG_LEVEL',
    doc: 'Lowest log level written (JSON lines on stdout).',
    default: 'info' as 'debug' | 'info' | 'warn' | 'error' | 'silent',
    parse: parseEnum(['debug', 'info', 'warn', 'error', 'silent'] as const),
  }),
  adminUsername: opt({
    env: 'YUQING_ADMIN_USERNAME',
    doc: 'Login name of the admin account created on first start.',
    default: 'admin',
    parse: parseString,
  }),
  adminPassword: opt({
    env: 'YUQING_ADMIN_PASSWORD',
    doc: 'Password of the admin account created on first start; when empty a random one is generated and printed once.',
    default: '',
    parse: parseString,
    secret: true,
  }),
  defaultWorkspaceName: opt({
    env: 'YUQING_DEFAULT_WORKSPACE',
    doc: 'Name of the workspace created on first start.',
    default: '默认单位',
    parse: parseString,
  }),
  sessionTtlHours: opt({
    env: 'YUQING_SESSION_TTL_HOURS',
    doc: 'How long a login session stays valid without use.',
    default: 168,
    parse: parseInteger(1, 24 * 365),
  }),
  cookieSecure: opt({
    env: 'YUQING_COOKIE_SECURE',
    doc: 'Mark session cookies Secure (set true behind HTTPS).',
    default: false,
    parse: parseBool,
  }),
  trustProxy: opt({
    env: 'YUQING_TRUST_PROXY',
    doc: 'Take the client address from X-Forwarded-For (only behind a trusted reverse proxy).',
    default: false,
    parse: parseBool,
  }),
  loginMaxAttempts: opt({
    env: 'YUQING_LOGIN_MAX_ATTEMPTS',
    doc: 'Failed logins one account may have from one address before each further attempt waits (1 s, doubling, up to YUQING_LOGIN_WINDOW_SECONDS).',
    default: 5,
    parse: parseInteger(1, 10000),
  }),
  loginWindowSeconds: opt({
    env: 'YUQING_LOGIN_WINDOW_SECONDS',
    doc: 'The longest a throttled login waits: the cap of the doubling backoff per account and address.',
    default: 900,
    parse: parseInteger(1, 86400),
  }),
  loginAddressBurst: opt({
    env: 'YUQING_LOGIN_ADDRESS_BURST',
    doc: 'Failed logins one address may have across all accounts before it is slowed (never banned).',
    default: 100,
    parse: parseInteger(1, 1_000_000),
  }),
  loginAddressIntervalSeconds: opt({
    env: 'YUQING_LOGIN_ADDRESS_INTERVAL_SECONDS',
    doc: 'Once its burst is spent, an address gets one login attempt per this many seconds.',
    default: 5,
    parse: parseInteger(1, 3600),
  }),
  maxBodyBytes: opt({
    env: 'YUQING_MAX_BODY_BYTES',
    doc: 'Largest request body accepted by the API.',
    default: 16 * 1024 * 1024,
    parse: parseInteger(1024, 1024 * 1024 * 1024),
  }),
  maxBatchItems: opt({
    env: 'YUQING_MAX_BATCH_ITEMS',
    doc: 'Most items accepted in one intake request.',
    default: 1000,
    parse: parseInteger(1, 100000),
  }),
  embeddedWorker: opt({
    env: 'YUQING_EMBEDDED_WORKER',
    doc: 'Run a pipeline worker inside `serve` (turn off when running separate `worker` processes).',
    default: true,
    parse: parseBool,
  }),
  workerBatchSize: opt({
    env: 'YUQING_WORKER_BATCH',
    doc: 'Inbox items a worker claims at a time.',
    default: 200,
    parse: parseInteger(1, 10000),
  }),
  embeddedWorkerBatchSize: opt({
    env: 'YUQING_EMBEDDED_WORKER_BATCH',
    doc: "Inbox items serve's embedded worker claims at a time: smaller than a worker process's, so a shutdown finishes its batch in moments and API writes wait less for the write lock.",
    default: 50,
    parse: parseInteger(1, 10000),
  }),
  embeddedWorkerNice: opt({
    env: 'YUQING_EMBEDDED_WORKER_NICE',
    doc: "Scheduling niceness of serve's pipeline thread (0–19, Linux): above 0 the HTTP event loop gets the CPU first when both want it, so a backlog drains in its spare time.",
    default: 10,
    parse: parseInteger(0, 19),
  }),
  embeddedWorkerStallSeconds: opt({
    env: 'YUQING_EMBEDDED_WORKER_STALL_SECONDS',
    doc: "How long serve's pipeline thread may go without finishing a batch or a poll before it counts as stalled: logged, and /readyz answers 503.",
    default: 60,
    parse: parseInteger(1, 86400),
  }),
  workerPollMs: opt({
    env: 'YUQING_WORKER_POLL_MS',
    doc: 'How often an idle worker looks for new inbox items.',
    default: 1000,
    parse: parseInteger(10, 600000),
  }),
  workerLeaseSeconds: opt({
    env: 'YUQING_WORKER_LEASE_SECONDS',
    doc: 'How long a claimed inbox item stays with one worker before another may take it over.',
    default: 120,
    parse: parseInteger(1, 86400),
  }),
  workerMaxAttempts: opt({
    env: 'YUQING_WORKER_MAX_ATTEMPTS',
    doc: 'Attempts before an inbox item is parked as failed.',
    default: 5,
    parse: parseInteger(1, 100),
  }),
  analysisThreads: opt({
    env: 'YUQING_ANALYSIS_THREADS',
    doc: 'Worker threads a pipeline worker analyses in: auto is one per CPU; 0 analyses in the main thread (`serve` always uses at least 1).',
    default: 'auto' as number | 'auto',
    parse: parseThreads,
  }),
  fetchUserAgent: opt({
    env: 'YUQING_FETCH_USER_AGENT',
    doc: 'User-Agent sent by collectors on every outbound request.',
    default: 'Mozilla/5.0 (compatible; Yuqing/0.1; self-hosted public-opinion monitor)',
    parse: parseString,
  }),
  fetchConnectTimeoutMs: opt({
    env: 'YUQING_FETCH_CONNECT_TIMEOUT_MS',
    doc: 'Longest wait for a collector connection (TCP and TLS).',
    default: 10_000,
    parse: parseInteger(100, 600_000),
  }),
  fetchIdleTimeoutMs: opt({
    env: 'YUQING_FETCH_IDLE_TIMEOUT_MS',
    doc: 'Longest silence from a server while a collector waits for headers or body (guards against slow drips).',
    default: 30_000,
    parse: parseInteger(100, 600_000),
  }),
  fetchTotalTimeoutMs: opt({
    env: 'YUQING_FETCH_TOTAL_TIMEOUT_MS',
    doc: 'Longest time one collector fetch may take, redirects and body included.',
    default: 60_000,
    parse: parseInteger(100, 3_600_000),
  }),
  fetchMaxBodyBytes: opt({
    env: 'YUQING_FETCH_MAX_BODY_BYTES',
    doc: 'Largest response body a collector downloads (bytes on the wire).',
    default: 5 * 1024 * 1024,
    parse: parseInteger(1024, 1024 * 1024 * 1024),
  }),
  fetchMaxDecodedBytes: opt({
    env: 'YUQING_FETCH_MAX_DECODED_BYTES',
    doc: 'Largest response after gzip/deflate/brotli decoding (guards against compression bombs).',
    default: 20 * 1024 * 1024,
    parse: parseInteger(1024, 1024 * 1024 * 1024),
  }),
  fetchMaxRedirects: opt({
    env: 'YUQING_FETCH_MAX_REDIRECTS',
    doc: 'Most redirects a collector follows.',
    default: 5,
    parse: parseInteger(0, 20),
  }),
  fetchRetries: opt({
    env: 'YUQING_FETCH_RETRIES',
    doc: 'Retries of a transient fetch failure (with exponential backoff) before the pass records an error.',
    default: 2,
    parse: parseInteger(0, 10),
  }),
  fetchAllowCidrs: opt({
    env: 'YUQING_FETCH_ALLOW_CIDRS',
    doc: 'Comma-separated CIDR ranges collectors may reach although private or loopback (e.g. an intranet news site); empty blocks them all.',
    default: [] as string[],
    parse: parseList,
  }),
  rsshubBaseUrl: opt({
    env: 'YUQING_RSSHUB_URL',
    doc: 'RSSHub instance that rsshub:// source addresses resolve against (self-host one for reliability).',
    default: 'https://rsshub.app',
    parse: parseString,
  }),
  embeddedCollector: opt({
    env: 'YUQING_EMBEDDED_COLLECTOR',
    doc: 'Run the collection scheduler inside `serve` (turn off when running `bin/yuqing collect` processes).',
    default: true,
    parse: parseBool,
  }),
  collectMinIntervalSeconds: opt({
    env: 'YUQING_COLLECT_MIN_INTERVAL_SECONDS',
    doc: 'The host floor: shortest time between two passes of one source, for hosts without their own floor in YUQING_COLLECT_HOST_FLOORS.',
    default: 30,
    parse: parseInteger(1, 86_400),
  }),
  collectHostFloors: opt({
    env: 'YUQING_COLLECT_HOST_FLOORS',
    doc: 'Per-host floors as host=seconds, comma-separated (a host covers its subdomains), e.g. "weibo.com=300,news.example.cn=60".',
    default: { 'reddit.com': 120, 'rsshub.app': 300 } as Record<string, number>,
    parse: parseHostSeconds,
  }),
  collectMaxIntervalSeconds: opt({
    env: 'YUQING_COLLECT_MAX_INTERVAL_SECONDS',
    doc: "Longest time between two passes of a quiet source on the automatic interval (it never waits more than 4× its kind's default either).",
    default: 1800,
    parse: parseInteger(1, 7 * 86_400),
  }),
  collectTargetItemsPerPass: opt({
    env: 'YUQING_COLLECT_TARGET_ITEMS_PER_PASS',
    doc: 'New items one pass should find on average: the adaptive interval is this over the learnt rate of new items.',
    default: 1,
    parse: parseInteger(1, 1000),
  }),
  collectBackoffMaxSeconds: opt({
    env: 'YUQING_COLLECT_BACKOFF_MAX_SECONDS',
    doc: "Longest wait before retrying a failing source, a server's Retry-After included (retries start at 30 s and double).",
    default: 600,
    parse: parseInteger(1, 86_400),
  }),
  collectConcurrency: opt({
    env: 'YUQING_COLLECT_CONCURRENCY',
    doc: 'Sources one process collects at the same time.',
    default: 8,
    parse: parseInteger(1, 256),
  }),
  collectPerHostConcurrency: opt({
    env: 'YUQING_COLLECT_PER_HOST_CONCURRENCY',
    doc: 'Requests one process sends to the same host at the same time.',
    default: 2,
    parse: parseInteger(1, 64),
  }),
  collectPerHostDelayMs: opt({
    env: 'YUQING_COLLECT_PER_HOST_DELAY_MS',
    doc: 'Smallest gap between two requests to the same host (the per-host rate limit).',
    default: 1000,
    parse: parseInteger(0, 600_000),
  }),
  collectPollMs: opt({
    env: 'YUQING_COLLECT_POLL_MS',
    doc: 'How often the collection scheduler looks for due sources.',
    default: 5000,
    parse: parseInteger(10, 600_000),
  }),
  collectLeaseSeconds: opt({
    env: 'YUQING_COLLECT_LEASE_SECONDS',
    doc: 'How long a source being collected stays with one process before another may take it over.',
    default: 600,
    parse: parseInteger(1, 86_400),
  }),
  metricsToken: opt({
    env: 'YUQING_METRICS_TOKEN',
    doc: 'Bearer token a Prometheus scraper must send for /metrics; when empty /metrics is off (404), since it would be public on the server port.',
    default: '',
    parse: parseString,
    secret: true,
  }),
  webDir: opt({ env: 'YUQING_WEB_DIR', doc: 'Folder of the built web app served at /.', default: './web/dist', parse: parseString }),
  testPostgresUrl: opt({
    env: 'YUQING_TEST_PG_URL',
    doc: 'PostgreSQL server used by the test suite (each run makes its own schema).',
    default: 'postgres://postgres@127.0.0.1:5432/test',
    parse: parseString,
    secret: true,
  }),
  benchCacheDir: opt({
    env: 'YUQING_BENCH_CACHE_DIR',
    doc: 'Folder where `bench` may keep seeded data between runs (search: its SQLite file, and a kept PostgreSQL schema on the test server); empty: each run seeds afresh and removes what it made.',
    default: '',
    parse: parseString,
  }),
  requirePostgresTests: opt({
    env: 'CI',
    doc: 'Set by CI: PostgreSQL tests fail instead of skipping when no server answers.',
    default: false,
    parse: parseBool,
  }),
};

export type Options = typeof options;
export type Config = { [K in keyof Options]: Options[K]['default'] };
