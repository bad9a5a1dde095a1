/** JSON-LD article metadata: headline, datePublished, author, publisher, from NewsArticle/Article nodes (also inside @graph). */

const articleTypes =
  /^(NewsArticle|Article|BlogPosting|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|SocialMediaPosting|LiveBlogPosting|Report|WebPage)$/;

export interface JsonLdArticle {
  headline?: string;
  published?: string;
  modified?: string;
  author?: string;
  publisher?: string;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export function readJsonLd(scripts: string[]): JsonLdArticle {
  const nodes: Array<{ [key: string]: Json }> = [];
  for (const raw of scripts) {
    const value = parseLenient(raw);
    if (value !== undefined) collect(value, nodes, 0);
  }
  // Prefer real article types over WebPage.
  const ranked = nodes
    .map((n) => ({ n, rank: types(n).some((t) => t !== 'WebPage' && articleTypes.test(t)) ? 0 : types(n).includes('WebPage') ? 1 : 2 }))
    .filter((x) => x.rank < 2)
    .sort((a, b) => a.rank - b.rank);
  const out: JsonLdArticle = {};
  for (const { n } of ranked) {
    out.headline ??= text(n.headline) ?? text(n.name);
    out.published ??= text(n.datePublished) ?? text(n.dateCreated);
    out.modified ??= text(n.dateModified);
    out.author ??= name(n.author) ?? name(n.creator);
    out.publisher ??= name(n.publisher);
  }
  return out;
}

function parseLenient(raw: string): Json | undefined {
  const s = raw.trim().replace(/^<!--|-->$/g, '');
  try {
    return JSON.parse(s) as Json;
  } catch {
    try {
      // Raw line breaks inside strings are common on real sites.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: replacing control characters JSON forbids in strings
      return JSON.parse(s.replace(/[\u0000-\u001f]+/g, ' ')) as Json;
    } catch {
      return undefined;
    }
  }
}

function collect(v: Json, out: Array<{ [key: string]: Json }>, depth: number): void {
  if (depth > 4 || v === null || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (const x of v) collect(x, out, depth + 1);
    return;
  }
  out.push(v);
  if (v['@graph'] !== undefined) collect(v['@graph'], out, depth + 1);
  if (v.mainEntity !== undefined) collect(v.mainEntity, out, depth + 1);
}

function types(n: { [key: string]: Json }): string[] {
  const t = n['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function text(v: Json | undefined): string | undefined {
  if (typeof v === 'string' && v.trim() !== '') return v.trim();
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return text(v[0]);
  return undefined;
}

function name(v: Json | undefined): string | undefined {
  if (typeof v === 'string') return text(v);
  if (Array.isArray(v)) {
    for (const x of v) {
      const n = name(x);
      if (n) return n;
    }
    return undefined;
  }
  if (v && typeof v === 'object') return text(v.name);
  return undefined;
}
