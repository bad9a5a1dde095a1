/**
 * Turns whatever a request threw into one line a person can read, in the UI language.
 * The server words its errors in English from the shared catalogue; the catalogue's line in
 * the UI language is shown instead, followed by what each detail says (in Chinese where the
 * server words it so) when that adds something. Nothing is said twice.
 */
import { catalogue, type ErrorCode, type ErrorDetail } from '../../../src/errors/catalogue.js';
import { ApiError } from '../api/client.js';
import { format, type Lang } from '../i18n/index.js';

function isCatalogued(code: string): code is ErrorCode {
  return Object.hasOwn(catalogue, code);
}

/** What one detail says, in the UI language where the server gave it (`problemZh`). */
export function detailText(d: ErrorDetail, lang: Lang): string {
  return lang === 'zh' && d.problemZh ? d.problemZh : d.problem;
}

export function describeError(err: unknown, lang: Lang): string {
  if (!(err instanceof ApiError)) return err instanceof Error ? err.message : String(err);
  if (err.code === 'network_error') return format(lang, 'error.network');
  if (err.code === 'bad_response') return format(lang, 'error.badResponse', { status: err.status });

  const entry = isCatalogued(err.code) ? catalogue[err.code] : null;
  const parts = err.details.map((d) =>
    d.field === 'query' || d.field === 'body' ? detailText(d, lang) : `${d.field}: ${detailText(d, lang)}`,
  );
  // The server's own sentence, when it is more specific than the catalogue's and not already one of the details.
  const specific = entry && err.message !== entry.en && !err.details.some((d) => d.problem === err.message) ? err.message : null;
  if (!entry) return [err.message, ...parts].join(lang === 'zh' ? '；' : '; ');
  const head = entry[lang];
  // In Chinese the server's English sentence is kept only when no detail says what went wrong.
  const keep = specific !== null && (lang === 'en' || parts.length === 0);
  const tail = [...(keep ? [specific] : []), ...parts];
  if (tail.length === 0) return head;
  return lang === 'zh' ? `${head}（${tail.join('；')}）` : `${head} (${tail.join('; ')})`;
}
