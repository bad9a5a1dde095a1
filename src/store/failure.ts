/**
 * When the database cannot store: recognising the drivers' errors for a lock held too long
 * (`busy`), a full disk (`full`) and a database that does not answer or refuses writes
 * (`unavailable`), and remembering the last such write failure until evidence says it is gone.
 * Callers turn a kind into a catalogue error (503 with Retry-After); readiness reads `current()`.
 */

export type StoreFailureKind = 'busy' | 'full' | 'unavailable';

export interface StoreFailure {
  kind: StoreFailureKind;
  /** The driver's code, e.g. `SQLITE_FULL`, `53100`, `ECONNREFUSED`. */
  code: string;
  at: number;
}

const sqliteKinds: [prefix: string, kind: StoreFailureKind][] = [
  ['SQLITE_BUSY', 'busy'],
  ['SQLITE_LOCKED', 'busy'],
  ['SQLITE_FULL', 'full'],
  ['SQLITE_IOERR', 'unavailable'],
  ['SQLITE_READONLY', 'unavailable'],
  ['SQLITE_CANTOPEN', 'unavailable'],
];

/** PostgreSQL SQLSTATEs (class 53 insufficient resources, 57P operator intervention, 08 connection). */
const pgKinds: Record<string, StoreFailureKind> = {
  '53100': 'full', // disk_full
  '53200': 'full', // out_of_memory
  '53300': 'unavailable', // too_many_connections
  '57P01': 'unavailable', // admin_shutdown
  '57P02': 'unavailable', // crash_shutdown
  '57P03': 'unavailable', // cannot_connect_now
  '25006': 'unavailable', // read_only_sql_transaction (a standby, or writes switched off)
  '55P03': 'busy', // lock_not_available (lock_timeout ran out)
  '40P01': 'busy', // deadlock_detected
};

const networkCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'EPIPE']);

const pgConnectionMessages = [
  /^Connection terminated/,
  /timeout exceeded when trying to connect/,
  /^Client has encountered a connection error/,
];

/** The kind of store failure an error from a driver is, or null when it is something else (a bug, a constraint). */
export function storeFailure(err: unknown): { kind: StoreFailureKind; code: string } | null {
  if (!(err instanceof Error)) return null;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string') {
    for (const [prefix, kind] of sqliteKinds) if (code.startsWith(prefix)) return { kind, code };
    const pg = pgKinds[code];
    if (pg) return { kind: pg, code };
    if (code.startsWith('08')) return { kind: 'unavailable', code };
    if (networkCodes.has(code)) return { kind: 'unavailable', code };
  }
  if (err instanceof AggregateError) {
    for (const inner of err.errors) {
      const found = storeFailure(inner);
      if (found) return found;
    }
  }
  if (pgConnectionMessages.some((m) => m.test(err.message))) return { kind: 'unavailable', code: 'connection' };
  return null;
}

export function isStoreFailure(err: unknown): boolean {
  return storeFailure(err) !== null;
}

/**
 * Runs a write that is only bookkeeping (a session's last-seen time, a token's last use): true when it stored,
 * false when the store could not write just now. Any other error is thrown.
 */
export async function unlessStoreFails(write: () => Promise<unknown>): Promise<boolean> {
  try {
    await write();
    return true;
  } catch (err) {
    if (isStoreFailure(err)) return false;
    throw err;
  }
}

/** Failures that concern writing only: reads succeeding says nothing about them. */
const writeOnlyCodes = new Set(['25006', 'SQLITE_READONLY']);

type Evidence = 'answered' | 'locked' | 'stored';

function clearedBy(failure: StoreFailure, evidence: Evidence): boolean {
  if (evidence === 'stored') return true;
  if (failure.kind === 'full' || writeOnlyCodes.has(failure.code)) return false;
  if (evidence === 'locked') return true;
  return failure.kind === 'unavailable';
}

/**
 * The last write failure and when it clears: a lock held too long as soon as a write gets
 * the lock, an unreachable database as soon as it answers, a full disk or a database that
 * refuses writes only when a write stores something.
 */
export class StoreHealth {
  #failure: StoreFailure | null = null;

  constructor(private readonly now: () => number = Date.now) {}

  current(): StoreFailure | null {
    return this.#failure;
  }

  failed(err: unknown): void {
    const found = storeFailure(err);
    if (found) this.#failure = { ...found, at: this.now() };
  }

  /** The database answered a query. */
  answered(): void {
    this.#clear('answered');
  }

  /** A write got the write lock. */
  locked(): void {
    this.#clear('locked');
  }

  /** A write that changed rows was committed. */
  stored(): void {
    this.#clear('stored');
  }

  #clear(evidence: Evidence): void {
    if (this.#failure && clearedBy(this.#failure, evidence)) this.#failure = null;
  }
}
