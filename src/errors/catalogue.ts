/**
 * The one error catalogue. Every error the API or CLI reports has a stable code from this
 * table, an HTTP status, and a plain message (Chinese and English) a person can act on.
 * The wire shape everywhere is `{ error: { code, message, status, details? } }`.
 */

export const catalogue = {
  invalid_request: { status: 400, en: 'The request is invalid.', zh: '请求内容不正确。' },
  unauthenticated: { status: 401, en: 'Sign in first.', zh: '请先登录。' },
  bad_credentials: { status: 401, en: 'Wrong username or password.', zh: '用户名或密码错误。' },
  forbidden: { status: 403, en: 'You may not do this.', zh: '没有权限执行此操作。' },
  csrf_failed: { status: 403, en: 'Missing or wrong CSRF token.', zh: '缺少或错误的 CSRF 令牌。' },
  interval_below_floor: {
    status: 400,
    en: 'The interval is shorter than the shortest this host allows.',
    zh: '采集间隔短于该站点允许的最短间隔。',
  },
  not_found: { status: 404, en: 'Not found.', zh: '未找到。' },
  conflict: { status: 409, en: 'This already exists.', zh: '已存在。' },
  payload_too_large: { status: 413, en: 'The request body is too large.', zh: '请求内容过大。' },
  current_password_wrong: { status: 403, en: 'The current password is wrong.', zh: '当前密码不正确。' },
  headers_too_large: {
    status: 431,
    en: 'The request URL or headers are too large (16 KB at most). Send a long search query by POST with a JSON body.',
    zh: '请求地址或请求头过大（最多 16 KB）。较长的检索式请用 POST 以 JSON 正文提交。',
  },
  request_timeout: { status: 408, en: 'The request took too long to arrive.', zh: '请求发送超时。' },
  rate_limited: { status: 429, en: 'Too many attempts; wait and try again.', zh: '尝试次数过多，请稍后再试。' },
  schema_behind: {
    status: 503,
    en: 'The database schema is behind; run `bin/yuqing migrate`.',
    zh: '数据库结构版本过旧，请运行 bin/yuqing migrate。',
  },
  not_ready: { status: 503, en: 'Not ready.', zh: '服务尚未就绪。' },
  store_busy: {
    status: 503,
    en: 'The database is locked by another process; nothing was stored. Try again shortly.',
    zh: '数据库正被其他进程锁定，本次未保存任何内容，请稍后重试。',
    retryAfterSeconds: 5,
  },
  store_full: {
    status: 503,
    en: 'The database cannot store more (the disk is full); nothing was stored. Free disk space, then try again.',
    zh: '数据库无法继续写入（磁盘已满），本次未保存任何内容。请释放磁盘空间后重试。',
    retryAfterSeconds: 60,
  },
  store_unavailable: {
    status: 503,
    en: 'The database does not answer or refuses writes; nothing was stored. Try again shortly.',
    zh: '数据库无响应或拒绝写入，本次未保存任何内容，请稍后重试。',
    retryAfterSeconds: 10,
  },
  internal: { status: 500, en: 'Something went wrong on the server.', zh: '服务器内部错误。' },
} as const;

export type ErrorCode = keyof typeof catalogue;

/** Seconds a client should wait before retrying (the `Retry-After` header), for errors that pass. */
export function retryAfterSeconds(code: ErrorCode): number | undefined {
  const entry = catalogue[code];
  return 'retryAfterSeconds' in entry ? entry.retryAfterSeconds : undefined;
}

export interface ErrorDetail {
  /** Dotted path of the offending field, e.g. `items.3.url`, or a line like `line 12`. */
  field: string;
  problem: string;
  /** The problem in Chinese, where the server words one (query syntax errors do). */
  problemZh?: string;
  /** 1-based column in the query the problem is at (query syntax errors). */
  column?: number;
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; status: number; details?: ErrorDetail[] };
}

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: ErrorDetail[],
  ) {
    super(message ?? catalogue[code].en);
    this.status = catalogue[code].status;
  }

  toBody(): ErrorBody {
    const error: ErrorBody['error'] = { code: this.code, message: this.message, status: this.status };
    if (this.details && this.details.length > 0) error.details = this.details;
    return { error };
  }
}

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}
