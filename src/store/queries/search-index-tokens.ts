/**
 * The tokens the full-text index holds and the phrases a query asks it for, in three columns: the title, the
 * text, and the other fields (author, source, channel, language, region, URL). Latin words are one token each;
 * a Chinese character followed by another is indexed as that pair (a bigram: `华为手机` → `华为 为手 手机 机`), the
 * last of a run alone. Every character therefore starts exactly one token, so a phrase of two or more characters
 * is a phrase of pairs (short posting lists, instead of intersecting single characters that are in every other
 * mention), and a lone character is a prefix query. Pairs form across spaces and punctuation, as NEAR units do,
 * so every mention a term matches is still found: the index stays a superset and `compileQuery` decides.
 */

import { charClass, IDEOGRAPHIC, type MatchDocument, unitTokens } from '../../match/index.js';
import { encodeToken, MAX_TOKEN } from '../../match/index-tokens.js';

export type IndexColumn = 'title' | 'text' | 'meta';

/** The column a field's tokens are stored in. */
export function columnOf(field: keyof MatchDocument): IndexColumn {
  return field === 'title' ? 'title' : field === 'text' ? 'text' : 'meta';
}

const han = (unit: string) => charClass(unit.charCodeAt(0)) === IDEOGRAPHIC;

/** One field's index tokens: its units, each Chinese character paired with the next when that is one too. */
export function fieldTokens(value: string): string[] {
  const units = unitTokens(value).map((u) => u.token);
  return units.map((u, i) => {
    const next = units[i + 1];
    return han(u) && next !== undefined && han(next) ? encodeToken(u) + encodeToken(next) : encodeToken(u).slice(0, MAX_TOKEN);
  });
}

/** A mention's tokens by column (the meta column first holds `lead`, e.g. SQLite's workspace token). */
export function documentColumns(doc: MatchDocument, lead: string[] = []): Record<IndexColumn, string[]> {
  const out: Record<IndexColumn, string[]> = { title: [], text: [], meta: [...lead] };
  for (const [field, value] of Object.entries(doc) as [keyof MatchDocument, string | null | undefined][])
    if (value) out[columnOf(field)].push(...fieldTokens(value));
  return out;
}

/**
 * The index tokens of a term's value as consecutive positions: pairs for characters followed by characters, and
 * the last character alone only when no pair covers it (then as a prefix: stored, it is paired with whatever
 * followed it). `prefix`: the last token may run on (a wildcard, a lone character, or a cut long word).
 */
export function phraseTokens(value: string, wildcard: boolean): { tokens: string[]; prefix: boolean } {
  const units = unitTokens(value).map((u) => u.token);
  const long = units.find((u) => !han(u) && encodeToken(u).length >= MAX_TOKEN);
  if (long) return { tokens: [encodeToken(long).slice(0, MAX_TOKEN)], prefix: true };
  const tokens: string[] = [];
  let prefix = wildcard;
  units.forEach((u, i) => {
    const next = units[i + 1];
    const prev = units[i - 1];
    if (!han(u)) tokens.push(encodeToken(u));
    else if (next !== undefined) tokens.push(han(next) ? encodeToken(u) + encodeToken(next) : encodeToken(u));
    else if (prev === undefined || !han(prev)) {
      tokens.push(encodeToken(u));
      prefix = true;
    } else prefix = false;
  });
  return { tokens, prefix };
}
