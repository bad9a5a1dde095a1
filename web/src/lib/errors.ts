/**
 * Turns whatever a request threw into one line a person can read, in the UI language.
 * The server words its errors in English from the shared catalogue; the catalogue's Chinese
 * line is shown instead, with the server's own wording added when it says something more specific.
 */
import { catalogue, type ErrorCode } from '../../../src/errors/catalogue.js';
import { ApiError } from '../api/client.js';
import { format, type Lang } from '../i18n/index.js';

function isCatalogued(code: string): code is ErrorCode {
  return Object.hasOwn(catalogue, code);
}

export function describeError(err: unknown, lang: Lang): string {
  if (!(err instanceof ApiError)) return err instanceof Error ? err.message : String(err);
  if (err.code === 'network_error') return format(lang, 'error.network');
  if (err.code === 'bad_response') return format(lang, 'error.badResponse', { status: err.status });

  let text = err.message;
  if (isCatalogued(err.code)) {
    const entry = catalogue[err.code];
    if (err.message === entry.en) text = entry[lang];
    else if (lang === 'zh') text = `${entry.zh}（${err.message}）`;
  }
  const details = err.details.map((d) => `${d.field}: ${d.problem}`).join('; ');
  return details ? `${text} (${details})` : text;
}
