import { describe, expect, it } from 'vitest';
import { ConfigError, describeConfig, loadConfig } from './index.js';

describe('config', () => {
  it('uses documented defaults when nothing is set', () => {
    const c = loadConfig({});
    expect(c.port).toBe(8080);
    expect(c.databaseUrl).toBe('sqlite:./data/yuqing.db');
    expect(c.embeddedWorker).toBe(true);
  });

  it('parses and validates values, listing every problem at once', () => {
    expect(loadConfig({ YUQING_PORT: '9090', YUQING_COOKIE_SECURE: 'yes' })).toMatchObject({ port: 9090, cookieSecure: true });
    try {
      loadConfig({ YUQING_PORT: 'eighty', YUQING_LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const problems = (err as ConfigError).problems;
      expect(problems).toHaveLength(2);
      expect(problems[0]).toMatch(/^YUQING_PORT: expected an integer/);
      expect(problems[1]).toMatch(/^YUQING_LOG_LEVEL: expected one of debug, info/);
    }
  });

  it('masks secrets when described', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://yuqing:hunter2@db:5432/yq', YUQING_ADMIN_PASSWORD: 'topsecret' });
    const rows = describeConfig(c);
    const text = JSON.stringify(rows);
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('topsecret');
    expect(rows.find((r) => r.option === 'databaseUrl')?.value).toBe('postgres://yuqing:*****@db:5432/yq');
    expect(rows.every((r) => r.doc.length > 10)).toBe(true);
  });
});
