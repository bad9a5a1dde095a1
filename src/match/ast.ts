/** The query tree: normalized, position-free, JSON-serialisable; the one form both live matching and search consume. */

export const FIELDS = ['title', 'text', 'author', 'source', 'channel', 'lang', 'region', 'url'] as const;
export type Field = (typeof FIELDS)[number];

/** Chinese names accepted for field scopes (`标题:华为` is `title:华为`); the printer writes the English ones. */
export const FIELD_ALIASES: Readonly<Record<string, Field>> = {
  标题: 'title',
  正文: 'text',
  内容: 'text',
  作者: 'author',
  来源: 'source',
  渠道: 'channel',
  语言: 'lang',
  地区: 'region',
  网址: 'url',
};

/** Fields searched by a term without a scope. */
export const DEFAULT_FIELDS: readonly Field[] = ['title', 'text'];

/**
 * A term or phrase after folding: its segments (runs without spaces or punctuation) joined by one space.
 * `wildcard` lets the last segment's last word run on (`recall*`).
 */
export interface Pattern {
  value: string;
  wildcard: boolean;
}

/** `field` null means the default fields (title or text). */
export interface TermNode extends Pattern {
  type: 'term';
  field: Field | null;
}

/** `left NEAR/distance right`, in either order, within one field. */
export interface NearNode {
  type: 'near';
  field: Field | null;
  distance: number;
  left: Pattern;
  right: Pattern;
}

export interface NotNode {
  type: 'not';
  child: QueryNode;
}

export interface AndNode {
  type: 'and';
  children: QueryNode[];
}

export interface OrNode {
  type: 'or';
  children: QueryNode[];
}

export type QueryNode = TermNode | NearNode | NotNode | AndNode | OrNode;

export function resolveField(name: string): Field | null {
  const lower = name.toLowerCase();
  return (FIELDS as readonly string[]).includes(lower) ? (lower as Field) : (FIELD_ALIASES[name] ?? null);
}
