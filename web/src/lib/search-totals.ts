/**
 * How search states its counts: a total is exact up to the server's cap and "at least" above it (超过 10,000 条 /
 * 10,000+ results), and facets say whether they counted every match or a sample of the newest ones.
 */
import { format, type Lang, langTags } from '../i18n/index.js';

/** `10,000` in both languages: a total is never rounded to 万 or K, since the exact figure is the point. */
export function groupDigits(n: number, lang: Lang): string {
  return new Intl.NumberFormat(langTags[lang]).format(n);
}

/** 共 4 条 / 4 results, or 超过 10,000 条 / 10,000+ results when the server stopped counting at its cap. */
export function totalText(lang: Lang, total: number, capped: boolean): string {
  return format(lang, capped ? 'search.totalCapped' : 'search.total', { total: groupDigits(total, lang) });
}

export interface FacetsBasis {
  kind: 'all' | 'sample';
  size: number;
}

/** What the facet counts were taken over: every match, or a sample of the newest `size`. */
export function facetsBasisText(lang: Lang, basis: FacetsBasis): string {
  return format(lang, basis.kind === 'sample' ? 'search.facetsSample' : 'search.facetsAll', { size: groupDigits(basis.size, lang) });
}

/** 相似 3 条 / 3 similar: the copies a folded hit stands for. */
export function similarText(lang: Lang, similar: number): string {
  return format(lang, 'search.similar', { count: groupDigits(similar, lang) });
}
