/** `bin/yuqing user …` and `token create` as real child processes against each backend. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { resolveToken } from '../../auth/api-tokens.js';
import { verifyPassword } from '../../auth/password.js';
import { createTestDatabase, describeBackends, type TestDatabase } from '../../testing/backends.js';
import { runCli } from '../../testing/cli.js';

describeBackends('user and token commands', (dialect) => {
  let t: TestDatabase;
  let env: Record<string, string | undefined>;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    await t.db.kysely.insertInto('workspaces').values({ slug: 'default', name: 'D', created_at: 1 }).execute();
    env = { ...process.env, DATABASE_URL: t.url, YUQING_LOG_LEVEL: 'silent' };
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('adds a user with a generated password printed once, lists them, and refuses a duplicate', async () => {
    const added = await runCli(['user', 'add', 'li.si', '--workspace', 'default', '--role', 'viewer', '--display-name', '李四'], env);
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/created user li\.si/);
    expect(added.stdout).toMatch(/member of workspace default .* as viewer/);
    const password = /password: (\S+)/.exec(added.stdout)?.[1] ?? '';
    const row = await t.db.kysely.selectFrom('users').selectAll().where('username', '=', 'li.si').executeTakeFirstOrThrow();
    expect(row.display_name).toBe('李四');
    expect(await verifyPassword(row.password_hash, password)).toBe(true);

    const list = await runCli(['user', 'list'], env);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/li\.si\s+李四\s+default:viewer/);

    const again = await runCli(['user', 'add', 'li.si', '--password', 'whatever-long'], env);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/already exists/);
    const badRole = await runCli(['user', 'add', 'wang', '--role', 'king'], env);
    expect(badRole.code).not.toBe(0);
    expect(badRole.stderr).toMatch(/admin, analyst, handler, viewer/);
  });

  it('creates a token printed once on stdout that authenticates as the user', async () => {
    await runCli(['user', 'add', 'bot-owner', '--password', 'long-enough-pw', '--superadmin'], env);
    const r = await runCli(['token', 'create', 'bot-owner', '--name', 'collector'], env);
    expect(r.code).toBe(0);
    const secret = r.stdout.trim();
    expect(secret).toMatch(/^yq_[A-Za-z0-9_-]{43}$/);
    expect(r.stderr).toMatch(/shown only once/);
    const token = await resolveToken(t.db.kysely, secret, Date.now());
    const owner = await t.db.kysely
      .selectFrom('users')
      .select(['id', 'is_superadmin'])
      .where('username', '=', 'bot-owner')
      .executeTakeFirstOrThrow();
    expect(token?.userId).toBe(Number(owner.id));
    expect(token?.name).toBe('collector');
    expect(owner.is_superadmin).toBe(1);
    const missing = await runCli(['token', 'create', 'nobody'], env);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/No user is named "nobody"/);
  });
});

// Help text needs no database: run once, not per backend.
it('describes every command in --help', async () => {
  const user = await runCli(['user', '--help'], { ...process.env, YUQING_LOG_LEVEL: 'silent' });
  expect(user.stdout).toMatch(/add \[options\] <username>\s+create a user/);
  expect(user.stdout).toMatch(/list \[options\]\s+list users/);
  expect(user.stdout).toMatch(/password \[options\] <username>\s+set a new password/);
  const token = await runCli(['token', 'create', '--help'], { ...process.env, YUQING_LOG_LEVEL: 'silent' });
  expect(token.stdout).toMatch(/create an API token/);
  expect(token.stdout).toMatch(/--expires-days/);
});
