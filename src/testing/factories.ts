/**
 * Small data factories for database tests: workspaces, users (with a cheap password hash),
 * memberships, sources, topics and stored mentions. Each call makes unique names.
 */
import { type HashCost, hashPassword } from '../auth/password.js';
import { reachOf } from '../domain/reach.js';
import type { Role } from '../domain/roles.js';
import type { Db } from '../store/dialect.js';
import {
  membershipQueries,
  type SourceRecord,
  sourceQueries,
  type TopicRecord,
  topicQueries,
  type UserRecord,
  userQueries,
  type WorkspaceRecord,
  workspaceQueries,
} from '../store/queries/index.js';

/** argon2id at the lowest sensible cost: tests sign in hundreds of times. */
export const testHashCost: HashCost = { memoryCost: 1024, timeCost: 1, parallelism: 1 };

let counter = 0;
export function unique(prefix: string): string {
  counter += 1;
  return `${prefix}${counter}${Math.random().toString(36).slice(2, 6)}`;
}

export const factoryTime = Date.UTC(2026, 0, 15, 8, 0, 0);

export async function makeWorkspace(db: Db, over: Partial<{ slug: string; name: string }> = {}): Promise<WorkspaceRecord> {
  const slug = over.slug ?? unique('ws-');
  return workspaceQueries.create(db.kysely, { slug, name: over.name ?? `Workspace ${slug}`, now: factoryTime });
}

export interface MadeUser {
  user: UserRecord;
  password: string;
}

export async function makeUser(
  db: Db,
  over: Partial<{ username: string; password: string; isSuperadmin: boolean; disabled: boolean }> = {},
): Promise<MadeUser> {
  const password = over.password ?? `pw-${unique('')}`;
  const user = await userQueries.create(db.kysely, {
    username: over.username ?? unique('user'),
    passwordHash: await hashPassword(password, testHashCost),
    isSuperadmin: over.isSuperadmin ?? false,
    now: factoryTime,
  });
  if (over.disabled) await userQueries.setDisabled(db.kysely, user.id, true);
  return { user: { ...user, disabled: over.disabled ?? false }, password };
}

export async function addMember(
  db: Db,
  workspaceId: number,
  userId: number,
  role: Role,
  departmentId: number | null = null,
): Promise<void> {
  await membershipQueries.add(db.kysely, { workspaceId, userId, role, departmentId, now: factoryTime });
}

/** A new user who belongs to the workspace in the given role. */
export async function makeMember(db: Db, workspaceId: number, role: Role): Promise<MadeUser> {
  const made = await makeUser(db);
  await addMember(db, workspaceId, made.user.id, role);
  return made;
}

export async function makeSource(db: Db, workspaceId: number, over: Partial<{ key: string; kind: string }> = {}): Promise<SourceRecord> {
  const key = over.key ?? unique('src-');
  return sourceQueries.create(db.kysely, { workspaceId, key, name: `Source ${key}`, kind: over.kind ?? 'api', now: factoryTime });
}

export async function makeTopic(db: Db, workspaceId: number, over: Partial<{ name: string; query: string }> = {}): Promise<TopicRecord> {
  return topicQueries.create(db.kysely, {
    workspaceId,
    name: over.name ?? unique('topic '),
    query: over.query ?? 'keyword',
    createdBy: null,
    now: factoryTime,
  });
}

type MentionOver = Partial<{ sortAt: number; title: string; text: string; url: string }>;

/** The columns of a stored mention as the schema before stored reach (migration 0010) had them. */
function mentionColumns(workspaceId: number, sourceId: number, over: MentionOver = {}) {
  const sortAt = over.sortAt ?? factoryTime;
  return {
    workspace_id: workspaceId,
    source_id: sourceId,
    inbox_id: 0,
    dedupe_key: unique('dk'),
    external_id: null,
    url: over.url ?? null,
    canonical_url: over.url ?? null,
    title: over.title ?? unique('title '),
    text: over.text ?? 'text',
    author: null,
    published_at: sortAt,
    collected_at: sortAt,
    sort_at: sortAt,
    lang: 'zh',
    parent_ref: null,
    reposts: 1,
    replies: null,
    likes: 3,
    views: null,
  };
}

/** A stored mention in a schema before migration 0010 (for tests of earlier migrations). */
export async function makeMentionBeforeReach(db: Db, workspaceId: number, sourceId: number, over: MentionOver = {}): Promise<number> {
  const row = await db.kysely
    .insertInto('mentions')
    .values(mentionColumns(workspaceId, sourceId, over))
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/** A stored mention (as the pipeline would write it, with its reach), sorted at `sortAt`. */
export async function makeMention(db: Db, workspaceId: number, sourceId: number, over: MentionOver = {}): Promise<number> {
  const values = mentionColumns(workspaceId, sourceId, over);
  const reach = reachOf({ reposts: values.reposts, replies: values.replies, likes: values.likes, followers: null });
  const row = await db.kysely
    .insertInto('mentions')
    .values({ ...values, reach })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}
