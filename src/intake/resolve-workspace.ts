/** Choosing the workspace a file import goes into: the one named by id or slug, or the only one there is. */
import type { Db } from '../store/dialect.js';

export interface WorkspaceRef {
  id: number;
  slug: string;
}

export async function resolveWorkspace(db: Db, ref?: string): Promise<WorkspaceRef> {
  const k = db.kysely;
  if (ref !== undefined && ref.trim() !== '') {
    const wanted = ref.trim();
    const query = k.selectFrom('workspaces').select(['id', 'slug']);
    const row = await (/^\d+$/.test(wanted) ? query.where('id', '=', Number(wanted)) : query.where('slug', '=', wanted)).executeTakeFirst();
    if (!row) throw new Error(`no workspace has the id or slug "${wanted}"`);
    return { id: Number(row.id), slug: row.slug };
  }
  const rows = await k.selectFrom('workspaces').select(['id', 'slug']).orderBy('id').limit(6).execute();
  const [only] = rows;
  if (!only) throw new Error('there is no workspace yet; start `bin/yuqing serve` once to create the first one');
  if (rows.length > 1) {
    const names = rows.slice(0, 5).map((r) => `${r.id} (${r.slug})`);
    throw new Error(
      `there are several workspaces (${names.join(', ')}${rows.length > 5 ? ', …' : ''}); choose one with --workspace <id|slug>`,
    );
  }
  return { id: Number(only.id), slug: only.slug };
}
