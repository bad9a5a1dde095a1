/**
 * Table types for the query builder. Times are epoch milliseconds, flags are 0/1 integers
 * and JSON is stored as text, so both backends return the same values.
 */
import type { Generated } from 'kysely';

export interface WorkspacesTable {
  id: Generated<number>;
  slug: string;
  name: string;
  created_at: number;
}

export interface UsersTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  email: string | null;
  password_hash: string;
  is_superadmin: number;
  disabled: number;
  created_at: number;
  /** NFKC + lower case (`domain/usernames.ts`); unique. Null only for an old name that folded onto an earlier one. */
  username_key: string | null;
  /** The look-alike skeleton; unique. Null as for `username_key`. */
  username_skeleton: string | null;
}

export interface MembershipsTable {
  workspace_id: number;
  user_id: number;
  role: string;
  department_id: number | null;
  created_at: number;
}

export interface DepartmentsTable {
  id: Generated<number>;
  workspace_id: number;
  name: string;
  parent_id: number | null;
  created_at: number;
}

export interface SessionsTable {
  id_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: number;
  expires_at: number;
  last_seen_at: number;
  ip: string | null;
  user_agent: string | null;
}

export interface ApiTokensTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  token_hash: string;
  prefix: string;
  created_at: number;
  last_used_at: number | null;
  expires_at: number | null;
  revoked_at: number | null;
}

export interface TopicsTable {
  id: Generated<number>;
  workspace_id: number;
  name: string;
  query: string;
  active: number;
  created_by: number | null;
  created_at: number;
  updated_at: number;
}

export interface SourcesTable {
  id: Generated<number>;
  workspace_id: number;
  key: string;
  name: string;
  kind: string;
  config: string;
  active: number;
  created_at: number;
  /** Collection (0003): JSON state (etag, lastModified, cursor), schedule, health, lease. */
  state: Generated<string>;
  interval_seconds: number | null;
  next_check_at: number | null;
  last_attempt_at: number | null;
  last_success_at: number | null;
  last_error: string | null;
  last_note: string | null;
  last_item_count: Generated<number>;
  consecutive_failures: Generated<number>;
  lease_owner: string | null;
  lease_until: number | null;
  /** Freshness (0008): the source's own interval (null = automatic), the last new item, the learnt rate. */
  interval_setting: number | null;
  last_new_item_at: number | null;
  rate_items: number | null;
  rate_seconds: number | null;
  rate_at: number | null;
}

export interface InboxTable {
  id: Generated<number>;
  workspace_id: number;
  dedupe_key: string;
  source_key: string;
  payload: string;
  origin: string;
  status: string;
  attempts: number;
  lease_owner: string | null;
  lease_until: number | null;
  last_error: string | null;
  received_at: number;
  processed_at: number | null;
}

export interface MentionsTable {
  id: Generated<number>;
  workspace_id: number;
  source_id: number;
  inbox_id: number;
  dedupe_key: string;
  external_id: string | null;
  url: string | null;
  canonical_url: string | null;
  title: string;
  text: string;
  author: string | null;
  published_at: number | null;
  collected_at: number;
  sort_at: number;
  lang: string | null;
  parent_ref: string | null;
  reposts: number | null;
  replies: number | null;
  likes: number | null;
  views: number | null;
  channel: string | null;
  platform: string | null;
  author_followers: number | null;
  region_label: string | null;
  sentiment_label: string | null;
  sentiment_score: number | null;
  sentiment_corrected: Generated<number>;
  duplicate_of: number | null;
  /** The stored parent (the item this one replies to or reposts), resolved from `parent_key`. */
  parent_id: number | null;
  /** The parent reference reduced to `id:<external id>` or `url:<canonical URL>` (src/domain/parent-key.ts). */
  parent_key: string | null;
  /** JSON: the analysis shown on a mention's detail (keywords with weights, entities, emotions…). */
  analysis: Generated<string>;
  collects: number | null;
  dislikes: number | null;
  /** JSON array of picture URLs, or null when none. */
  images: string | null;
  /** 传播量 as stored when the mention was (`domain/reach.ts`), for paging by reach. */
  reach: Generated<number>;
}

export interface MentionTopicsTable {
  workspace_id: number;
  mention_id: number;
  topic_id: number;
  matched_at: number;
}

/** Labels a mention carries, one row each, for filters and facet counts: kind is category, region, entity, keyword, emotion… */
export interface MentionTagsTable {
  workspace_id: number;
  mention_id: number;
  kind: string;
  value: string;
}

/** A workspace's own words for segmentation and entities (issue 5a); kind is brand, product, person, org, place or other. */
export interface UserDictionaryTable {
  id: Generated<number>;
  workspace_id: number;
  word: string;
  pos: string;
  weight: number;
  kind: string;
  created_at: number;
}

/** A workspace's category taxonomy: each category is a query in the topic query language (issue 5a). */
export interface CategoriesTable {
  id: Generated<number>;
  workspace_id: number;
  key: string;
  name: string;
  query: string;
  active: number;
  created_at: number;
  updated_at: number;
}

/** An analyst's correction of a mention's sentiment (issue 5b). */
export interface SentimentCorrectionsTable {
  id: Generated<number>;
  workspace_id: number;
  mention_id: number;
  label: string;
  score: number;
  user_id: number | null;
  created_at: number;
}

/** One LSH band bucket of a mention's MinHash signature, for near-duplicate candidates (issue 5b). */
export interface MentionMinhashBandsTable {
  workspace_id: number;
  band: number;
  bucket: string;
  mention_id: number;
  sort_at: number;
}

export interface AuditLogTable {
  id: Generated<number>;
  workspace_id: number | null;
  actor_user_id: number | null;
  actor_token_id: number | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  ip: string | null;
  user_agent: string | null;
  details: string;
  created_at: number;
}

export interface Database {
  workspaces: WorkspacesTable;
  users: UsersTable;
  memberships: MembershipsTable;
  departments: DepartmentsTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  topics: TopicsTable;
  sources: SourcesTable;
  inbox: InboxTable;
  mentions: MentionsTable;
  mention_topics: MentionTopicsTable;
  mention_tags: MentionTagsTable;
  audit_log: AuditLogTable;
  user_dictionary: UserDictionaryTable;
  categories: CategoriesTable;
  sentiment_corrections: SentimentCorrectionsTable;
  mention_minhash_bands: MentionMinhashBandsTable;
  invitations: InvitationsTable;
  severity_models: SeverityModelsTable;
  severity_tiers: SeverityTiersTable;
}

/** An invitation to join a workspace, addressed to a folded username; the invited user answers it. */
export interface InvitationsTable {
  id: Generated<number>;
  workspace_id: number;
  /** `usernameKey` of the invited name: matches the user's `username_key`, whether or not such a user exists. */
  invitee_key: string;
  /** The name as the admin typed it (NFKC). */
  invitee_name: string;
  role: string;
  department_id: number | null;
  invited_by: number | null;
  /** pending | accepted | declined | revoked */
  status: string;
  created_at: number;
  expires_at: number;
  answered_at: number | null;
}

/** A workspace's severity model (0015): the model as JSON, checked by `checkSeverityModel` on every write. */
export interface SeverityModelsTable {
  workspace_id: number;
  model: string;
  /** Followers from which an account without an entry is a KOL; null = the default table's. */
  kol_followers: number | null;
  updated_by: number | null;
  updated_at: number;
}

/** A workspace's own authority tier for one source, web domain or platform account (0015). */
export interface SeverityTiersTable {
  id: Generated<number>;
  workspace_id: number;
  /** source | domain | account */
  kind: string;
  /** The normalised domain, the account name, or the source id in decimal. */
  name: string;
  source_id: number | null;
  tier: string;
  note: string | null;
  updated_by: number | null;
  created_at: number;
  updated_at: number;
}
