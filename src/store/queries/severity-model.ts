/**
 * A workspace's severity settings: its model (stored as JSON, the defaults until an admin saves one) and its own
 * authority tiers per source, web domain and platform account, laid over the default tier table.
 */
import type { Selectable } from 'kysely';
import {
  type AuthorityTier,
  checkSeverityModel,
  DEFAULT_SEVERITY_MODEL,
  DEFAULT_TIER_TABLE,
  isAuthorityTier,
  type SeverityModel,
  type TierTable,
  withOverrides,
} from '../../severity/index.js';
import type { Db } from '../dialect.js';
import type { SeverityTiersTable } from '../schema.js';
import { numOrNull, type Q } from './executor.js';

/** The database handle (`Db`, as the pipeline and routes hold it) or a query executor (`Q`, e.g. a transaction). */
export type DbOrQ = Db | Q;
const executor = (d: DbOrQ): Q => ('kysely' in d ? d.kysely : d);

export const TIER_ENTRY_KINDS = ['source', 'domain', 'account'] as const;
export type TierEntryKind = (typeof TIER_ENTRY_KINDS)[number];

export interface StoredSeverityModel {
  model: SeverityModel;
  /** Followers from which an unlisted account is a KOL. */
  kolFollowers: number;
  /** False while the workspace uses the defaults. */
  custom: boolean;
  updatedAt: number | null;
  updatedBy: number | null;
  /** Username of the one who saved it. */
  updatedByName: string | null;
}

export interface TierEntryRecord {
  id: number;
  workspaceId: number;
  kind: TierEntryKind;
  /** The normalised domain, the account name, or the source id in decimal. */
  name: string;
  sourceId: number | null;
  tier: AuthorityTier;
  note: string | null;
  updatedBy: number | null;
  createdAt: number;
  updatedAt: number;
  /** For a source entry, the source's name (when read with `list`). */
  sourceName?: string | null;
}

/**
 * A stored model over the defaults, so a model saved before a field existed still reads whole; a stored model that
 * no longer passes the check (or is not JSON) reads as the defaults.
 */
export function modelFromJson(text: string): SeverityModel | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Partial<Record<keyof SeverityModel, unknown>>;
  const part = <T extends object>(v: unknown, d: T): T => (typeof v === 'object' && v !== null ? { ...d, ...(v as T) } : d);
  const d = DEFAULT_SEVERITY_MODEL;
  const model: SeverityModel = {
    weights: part(r.weights, d.weights),
    thresholds: part(r.thresholds, d.thresholds),
    mentionThresholds: part(r.mentionThresholds, d.mentionThresholds),
    tierStrength: part(r.tierStrength, d.tierStrength),
    // Sensitive categories are a set the admin chose: stored ones replace the defaults whole.
    sensitiveCategories:
      typeof r.sensitiveCategories === 'object' && r.sensitiveCategories !== null
        ? (r.sensitiveCategories as Record<string, number>)
        : d.sensitiveCategories,
    sensitiveMinShare: typeof r.sensitiveMinShare === 'number' ? r.sensitiveMinShare : d.sensitiveMinShare,
    sensitiveMinMentions: typeof r.sensitiveMinMentions === 'number' ? r.sensitiveMinMentions : d.sensitiveMinMentions,
    scales: part(r.scales, d.scales),
  };
  return checkSeverityModel(model).length === 0 ? model : null;
}

export async function readStoredSeverityModel(db: DbOrQ, workspaceId: number): Promise<StoredSeverityModel> {
  const row = await executor(db)
    .selectFrom('severity_models')
    .leftJoin('users', 'users.id', 'severity_models.updated_by')
    .selectAll('severity_models')
    .select('users.username')
    .where('severity_models.workspace_id', '=', workspaceId)
    .executeTakeFirst();
  const model = row ? modelFromJson(row.model) : null;
  return {
    model: model ?? DEFAULT_SEVERITY_MODEL,
    kolFollowers: row?.kol_followers == null ? DEFAULT_TIER_TABLE.kolFollowers : Number(row.kol_followers),
    custom: row !== undefined,
    updatedAt: row ? Number(row.updated_at) : null,
    updatedBy: row ? numOrNull(row.updated_by) : null,
    updatedByName: row?.username ?? null,
  };
}

/** The workspace's severity model: the defaults until one is stored. */
export async function readSeverityModel(db: DbOrQ, workspaceId: number): Promise<SeverityModel> {
  return (await readStoredSeverityModel(db, workspaceId)).model;
}

export class InvalidSeverityModel extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid severity model: ${problems.join('; ')}`);
    this.name = 'InvalidSeverityModel';
  }
}

/** Stores a workspace's model (replacing any before); refuses one `checkSeverityModel` finds fault with. */
export async function writeSeverityModel(
  q: Q,
  w: { workspaceId: number; model: SeverityModel; kolFollowers?: number | null; by: number | null; now: number },
): Promise<void> {
  const problems = checkSeverityModel(w.model);
  if (w.kolFollowers != null && !(Number.isInteger(w.kolFollowers) && w.kolFollowers >= 1))
    problems.push('kolFollowers must be an integer ≥ 1');
  if (problems.length > 0) throw new InvalidSeverityModel(problems);
  const values = {
    model: JSON.stringify(w.model),
    kol_followers: w.kolFollowers ?? null,
    updated_by: w.by,
    updated_at: w.now,
  };
  await q
    .insertInto('severity_models')
    .values({ workspace_id: w.workspaceId, ...values })
    .onConflict((oc) => oc.column('workspace_id').doUpdateSet(values))
    .execute();
}

/** Back to the defaults. */
export async function resetSeverityModel(q: Q, workspaceId: number): Promise<boolean> {
  const r = await q.deleteFrom('severity_models').where('workspace_id', '=', workspaceId).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

function toEntry(row: Selectable<SeverityTiersTable>): TierEntryRecord {
  return {
    id: Number(row.id),
    workspaceId: Number(row.workspace_id),
    kind: row.kind as TierEntryKind,
    name: row.name,
    sourceId: numOrNull(row.source_id),
    tier: (isAuthorityTier(row.tier) ? row.tier : 'ordinary') as AuthorityTier,
    note: row.note,
    updatedBy: numOrNull(row.updated_by),
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
}

export const severityTierQueries = {
  async list(q: Q, workspaceId: number): Promise<TierEntryRecord[]> {
    const rows = await q
      .selectFrom('severity_tiers')
      .leftJoin('sources', 'sources.id', 'severity_tiers.source_id')
      .selectAll('severity_tiers')
      .select('sources.name as source_name')
      .where('severity_tiers.workspace_id', '=', workspaceId)
      .orderBy('severity_tiers.kind')
      .orderBy('severity_tiers.name')
      .execute();
    return rows.map((r) => ({ ...toEntry(r), sourceName: r.source_name ?? null }));
  },

  /**
   * Sets the tier of one source, domain or account (a second call for the same one changes it). The caller has
   * normalised the domain and checked that a source belongs to the workspace.
   */
  async put(
    q: Q,
    e: {
      workspaceId: number;
      kind: TierEntryKind;
      name: string;
      sourceId?: number | null;
      tier: AuthorityTier;
      note?: string | null;
      by: number | null;
      now: number;
    },
  ): Promise<TierEntryRecord> {
    const set = { tier: e.tier, note: e.note ?? null, updated_by: e.by, updated_at: e.now };
    const row = await q
      .insertInto('severity_tiers')
      .values({
        workspace_id: e.workspaceId,
        kind: e.kind,
        name: e.name,
        source_id: e.kind === 'source' ? (e.sourceId ?? null) : null,
        created_at: e.now,
        ...set,
      })
      .onConflict((oc) => oc.columns(['workspace_id', 'kind', 'name']).doUpdateSet(set))
      .returningAll()
      .executeTakeFirstOrThrow();
    return toEntry(row);
  },

  async get(q: Q, workspaceId: number, id: number): Promise<TierEntryRecord | undefined> {
    const row = await q
      .selectFrom('severity_tiers')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toEntry(row);
  },

  async remove(q: Q, workspaceId: number, id: number): Promise<boolean> {
    const r = await q.deleteFrom('severity_tiers').where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  },
};

/**
 * The default tier table with the workspace's own entries over it: sources keyed by their source key (what
 * `Publisher.sourceKey` carries), and the workspace's KOL threshold.
 */
export async function readTierTable(db: DbOrQ, workspaceId: number): Promise<TierTable> {
  const q = executor(db);
  const [rows, stored] = await Promise.all([
    q
      .selectFrom('severity_tiers')
      .leftJoin('sources', (j) =>
        j.onRef('sources.id', '=', 'severity_tiers.source_id').onRef('sources.workspace_id', '=', 'severity_tiers.workspace_id'),
      )
      .select(['severity_tiers.kind', 'severity_tiers.name', 'severity_tiers.tier', 'sources.key as source_key'])
      .where('severity_tiers.workspace_id', '=', workspaceId)
      .execute(),
    q.selectFrom('severity_models').select('kol_followers').where('workspace_id', '=', workspaceId).executeTakeFirst(),
  ]);
  const own = {
    sources: {} as Record<string, AuthorityTier>,
    domains: {} as Record<string, AuthorityTier>,
    accounts: {} as Record<string, AuthorityTier>,
  };
  for (const r of rows) {
    if (!isAuthorityTier(r.tier)) continue;
    if (r.kind === 'domain') own.domains[r.name] = r.tier;
    else if (r.kind === 'account') own.accounts[r.name] = r.tier;
    else if (r.kind === 'source' && r.source_key) own.sources[r.source_key] = r.tier;
  }
  const kol = stored?.kol_followers;
  return withOverrides(DEFAULT_TIER_TABLE, { ...own, ...(kol == null ? {} : { kolFollowers: Number(kol) }) });
}

/** What grading a workspace's events and mentions takes: its model and its tier table. */
export interface Grading {
  model: SeverityModel;
  tiers: TierTable;
}

export async function readGrading(db: DbOrQ, workspaceId: number): Promise<Grading> {
  const [model, tiers] = await Promise.all([readSeverityModel(db, workspaceId), readTierTable(db, workspaceId)]);
  return { model, tiers };
}
