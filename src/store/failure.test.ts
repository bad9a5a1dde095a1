/** Which driver errors mean "cannot store right now", and what evidence clears a recorded failure. */
import { describe, expect, it } from 'vitest';
import { StoreHealth, storeFailure } from './failure.js';

function driverError(code: string, message = 'driver error'): Error {
  return Object.assign(new Error(message), { code });
}

describe('storeFailure', () => {
  it.each([
    ['SQLITE_BUSY', 'busy'],
    ['SQLITE_BUSY_SNAPSHOT', 'busy'],
    ['SQLITE_LOCKED', 'busy'],
    ['SQLITE_FULL', 'full'],
    ['SQLITE_IOERR_WRITE', 'unavailable'],
    ['SQLITE_READONLY', 'unavailable'],
    ['53100', 'full'],
    ['55P03', 'busy'],
    ['25006', 'unavailable'],
    ['57P01', 'unavailable'],
    ['08006', 'unavailable'],
    ['ECONNREFUSED', 'unavailable'],
  ])('%s is %s', (code, kind) => {
    expect(storeFailure(driverError(code))).toEqual({ kind, code });
  });

  it('looks inside an AggregateError (a refused connection to every address of localhost)', () => {
    const err = new AggregateError([driverError('ECONNREFUSED'), driverError('ECONNREFUSED')], '');
    expect(storeFailure(err)?.kind).toBe('unavailable');
  });

  it('recognises pg connection-loss messages', () => {
    expect(storeFailure(new Error('Connection terminated unexpectedly'))?.kind).toBe('unavailable');
  });

  it('leaves other errors alone: constraints, bugs, non-errors', () => {
    expect(storeFailure(driverError('SQLITE_CONSTRAINT_UNIQUE'))).toBeNull();
    expect(storeFailure(driverError('23505'))).toBeNull();
    expect(storeFailure(new TypeError('x is undefined'))).toBeNull();
    expect(storeFailure('SQLITE_FULL')).toBeNull();
  });
});

describe('StoreHealth', () => {
  it('clears a lock failure when a write gets the lock, but a full disk only when a write stores', () => {
    const health = new StoreHealth(() => 42);
    health.failed(driverError('SQLITE_BUSY'));
    expect(health.current()).toEqual({ kind: 'busy', code: 'SQLITE_BUSY', at: 42 });
    health.answered();
    expect(health.current()?.kind).toBe('busy');
    health.locked();
    expect(health.current()).toBeNull();

    health.failed(driverError('SQLITE_FULL'));
    health.answered();
    health.locked();
    expect(health.current()?.kind).toBe('full');
    health.stored();
    expect(health.current()).toBeNull();
  });

  it('clears an unreachable database when it answers, but not one that refuses writes', () => {
    const health = new StoreHealth();
    health.failed(driverError('ECONNREFUSED'));
    health.answered();
    expect(health.current()).toBeNull();
    health.failed(driverError('25006'));
    health.answered();
    health.locked();
    expect(health.current()?.code).toBe('25006');
    health.stored();
    expect(health.current()).toBeNull();
  });

  it('ignores errors that are not store failures', () => {
    const health = new StoreHealth();
    health.failed(driverError('SQLITE_CONSTRAINT_UNIQUE'));
    expect(health.current()).toBeNull();
  });
});
