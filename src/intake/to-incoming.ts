/**
 * Mapping a file record (a JSON object or a CSV row by header) to the incoming-item shape: known aliases
 * (`external_id`, `content`, `published_at`, `time`…), top-level counts into `engagement`, counts from strings,
 * empty values as absent, and a default source. Pure; unknown keys are passed on for validation to report.
 */
import { parseCount } from './parse-count.js';

const counts = ['reposts', 'replies', 'likes', 'views', 'collects', 'dislikes'] as const;
type CountField = (typeof counts)[number];
export type ItemField =
  | 'source'
  | 'externalId'
  | 'url'
  | 'title'
  | 'text'
  | 'author'
  | 'publishedAt'
  | 'lang'
  | 'parent'
  | 'engagement'
  | CountField;

const aliases: Record<string, ItemField> = {
  source: 'source',
  externalid: 'externalId',
  external_id: 'externalId',
  id: 'externalId',
  url: 'url',
  title: 'title',
  text: 'text',
  content: 'text',
  author: 'author',
  publishedat: 'publishedAt',
  published_at: 'publishedAt',
  time: 'publishedAt',
  lang: 'lang',
  parent: 'parent',
  engagement: 'engagement',
  reposts: 'reposts',
  replies: 'replies',
  likes: 'likes',
  views: 'views',
  collects: 'collects',
  dislikes: 'dislikes',
};

/** The item field a column or key name stands for (case-insensitive), or null. */
export function fieldFor(name: string): ItemField | null {
  return (
    aliases[
      name
        .trim()
        .replace(/^\uFEFF/, '')
        .toLowerCase()
    ] ?? null
  );
}

export type Mapped = { ok: true; raw: Record<string, unknown> } | { ok: false; field: string; problem: string };

export function toIncoming(record: Record<string, unknown>, opts: { defaultSource?: string } = {}): Mapped {
  const out: Record<string, unknown> = {};
  const engagement: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === '' || value === null || value === undefined) continue;
    const field = fieldFor(key);
    if (field === null) out[key] = value;
    else if (field === 'engagement' && isPlainObject(value)) {
      for (const [name, v] of Object.entries(value)) {
        const problem = addCount(engagement, name, v);
        if (problem) return { ok: false, field: `engagement.${name}`, problem };
      }
    } else if (isCount(field)) {
      const problem = addCount(engagement, field, value);
      if (problem) return { ok: false, field, problem };
    } else if (out[field] === undefined) {
      const v = asField(field, value);
      if (v !== undefined) out[field] = v;
    }
  }
  if (Object.keys(engagement).length > 0) out.engagement = engagement;
  if (out.source === undefined && opts.defaultSource) out.source = opts.defaultSource;
  return { ok: true, raw: out };
}

/** Adds one count; unknown names are passed on for validation to report. Returns a problem or null. */
function addCount(engagement: Record<string, unknown>, name: string, value: unknown): string | null {
  if (!isCount(name)) {
    engagement[name] = value;
    return null;
  }
  const c = parseCount(value);
  if (!c.ok) return c.problem;
  if (c.value !== undefined) engagement[name] = c.value;
  return null;
}

/** Ids written as numbers become strings; a parent id of 0 means "no parent" in several exports. */
function asField(field: ItemField, value: unknown): unknown {
  if ((field === 'externalId' || field === 'parent') && typeof value === 'number' && Number.isFinite(value)) {
    return field === 'parent' && value === 0 ? undefined : String(value);
  }
  if (field === 'parent' && value === '0') return undefined;
  return value;
}

function isCount(name: string): name is CountField {
  return (counts as readonly string[]).includes(name);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
