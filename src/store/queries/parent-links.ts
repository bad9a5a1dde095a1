/**
 * Linking newly stored mentions to their parents, batch-first: one query finds the parents of the batch's children
 * (stored earlier or in the same batch), one finds earlier children waiting for a parent of this batch, and one
 * update writes every link. Within one workspace only; by external id only within the same source.
 */
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import { isParentOf, ownKeys } from '../../domain/parent-key.js';
import type { Database } from '../schema.js';
import type { Q } from './executor.js';

export interface StoredForLinking {
  id: number;
  workspaceId: number;
  sourceId: number;
  externalId: string | null;
  canonicalUrl: string | null;
  parentKey: string | null;
}

interface Row {
  id: number;
  sourceId: number;
  externalId: string | null;
  canonicalUrl: string | null;
  parentKey: string | null;
}

/** Returns how many links were written. */
export async function linkParents(k: Q, stored: StoredForLinking[]): Promise<number> {
  const links = new Map<number, number>();
  const children = stored.filter((m): m is StoredForLinking & { parentKey: string } => m.parentKey !== null);

  const parents = await candidates(
    k,
    groupBy(children, (c) => c.parentKey),
    (eb, keys) => {
      const ids = keys.filter((x) => x.startsWith('id:')).map((x) => x.slice(3));
      const urls = keys.filter((x) => x.startsWith('url:')).map((x) => x.slice(4));
      return [...(ids.length ? [eb('external_id', 'in', ids)] : []), ...(urls.length ? [eb('canonical_url', 'in', urls)] : [])];
    },
  );
  for (const c of children) {
    const p = pick(parents.get(c.workspaceId) ?? [], (r) => r.id !== c.id && fits(r, { sourceId: c.sourceId, parentKey: c.parentKey }));
    if (p !== undefined) links.set(c.id, p);
  }

  const waiting = await candidates(
    k,
    groupBy(stored, (m) => ownKeys(m)),
    (eb, keys) => [eb.and([eb('parent_key', 'in', keys), eb('parent_id', 'is', null)])],
  );
  for (const [workspaceId, rows] of waiting) {
    const own = stored.filter((m) => m.workspaceId === workspaceId);
    for (const child of rows) {
      if (child.parentKey === null || links.has(child.id)) continue;
      const key = child.parentKey;
      const p = pick(own, (m) => m.id !== child.id && fits(m, { sourceId: child.sourceId, parentKey: key }));
      if (p !== undefined) links.set(child.id, p);
    }
  }

  const pairs = [...links];
  for (let i = 0; i < pairs.length; i += 400) {
    const part = pairs.slice(i, i + 400);
    const cases = part.map(([child, parent]) => sql`WHEN ${child} THEN CAST(${parent} AS bigint)`);
    await k
      .updateTable('mentions')
      .set({ parent_id: sql<number>`CASE id ${sql.join(cases, sql` `)} END` })
      .where(
        'id',
        'in',
        part.map(([child]) => child),
      )
      .execute();
  }
  return pairs.length;
}

/** Keys wanted per workspace. */
function groupBy<T extends { workspaceId: number }>(items: T[], keysOf: (item: T) => string | string[]): Map<number, string[]> {
  const out = new Map<number, Set<string>>();
  for (const item of items) {
    const set = out.get(item.workspaceId) ?? new Set<string>();
    for (const key of ([] as string[]).concat(keysOf(item))) set.add(key);
    if (set.size > 0) out.set(item.workspaceId, set);
  }
  return new Map([...out].map(([w, s]) => [w, [...s]]));
}

type Eb = ExpressionBuilder<Database, 'mentions'>;

/** One query over every workspace of the batch; rows grouped by workspace. */
async function candidates(
  k: Q,
  keys: Map<number, string[]>,
  match: (eb: Eb, keys: string[]) => Expression<SqlBool>[],
): Promise<Map<number, Row[]>> {
  const out = new Map<number, Row[]>();
  if (keys.size === 0) return out;
  const rows = await k
    .selectFrom('mentions')
    .select(['id', 'workspace_id', 'source_id', 'external_id', 'canonical_url', 'parent_key'])
    .where((eb) => eb.or([...keys].map(([workspaceId, ks]) => eb.and([eb('workspace_id', '=', workspaceId), eb.or(match(eb, ks))]))))
    .orderBy('id')
    .execute();
  for (const r of rows) {
    const w = Number(r.workspace_id);
    const list = out.get(w) ?? [];
    list.push({
      id: Number(r.id),
      sourceId: Number(r.source_id),
      externalId: r.external_id,
      canonicalUrl: r.canonical_url,
      parentKey: r.parent_key,
    });
    out.set(w, list);
  }
  return out;
}

/**
 * Whether `row` is the parent `child` names. By URL only a root (not itself a reply) fits: comments link to their
 * post's URL, so a URL names the post, never one of its comments (replies to replies name ids).
 */
function fits(row: Row, child: { sourceId: number; parentKey: string }): boolean {
  if (child.parentKey.startsWith('url:') && row.parentKey !== null) return false;
  return isParentOf(row, child);
}

/** The earliest stored row that fits (rows come in id order). */
function pick<T extends { id: number }>(rows: T[], ok: (row: T) => boolean): number | undefined {
  let best: number | undefined;
  for (const r of rows) if (ok(r) && (best === undefined || r.id < best)) best = r.id;
  return best;
}
