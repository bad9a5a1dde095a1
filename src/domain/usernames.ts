/**
 * Usernames that cannot impersonate one another (pure). A name is stored in NFKC form; two
 * names are the same account name when their folded keys match (NFKC + lower case, so `ADMIN`
 * and fullwidth `ａｄｍｉｎ` are `admin`), and too alike to coexist when their skeletons match
 * (look-alike letters of other scripts and digits mapped to the Latin letter they imitate, so
 * Cyrillic `аdmin` is `admin` and `a1ice` is `alice`). A name whose letters mix scripts (Latin with
 * Cyrillic, Greek with Latin, …) is refused outright; Latin with Chinese, Japanese or Korean is
 * allowed, as people write it.
 */

/** Letters (any script), digits and `. _ @ -`, 2 to 64 characters, after NFKC. */
const allowed = /^[\p{L}\p{N}._@-]{2,64}$/u;

/** The form a username is stored and shown in. */
export function normalizeUsername(raw: string): string {
  return raw.trim().normalize('NFKC');
}

/** The key two names share when they are the same account name. */
export function usernameKey(name: string): string {
  return normalizeUsername(name).toLowerCase().normalize('NFKC');
}

/**
 * Look-alikes of Latin letters and digits, written for this project from the shapes as they
 * render in common sans-serif fonts. Capitals are mapped before folding and small letters
 * after, because they imitate different letters (Greek `Η` looks like `H`, `η` like `n`).
 */
const capitalLookAlikes: Record<string, string> = {
  // Cyrillic
  А: 'A',
  В: 'B',
  Е: 'E',
  З: '3',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  У: 'Y',
  Х: 'X',
  Ѕ: 'S',
  І: 'I',
  Ј: 'J',
  Ԛ: 'Q',
  Ԝ: 'W',
  Ү: 'Y',
  Ӏ: 'l',
  Ԁ: 'D',
  // Greek
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
};

const smallLookAlikes: Record<string, string> = {
  // Cyrillic
  а: 'a',
  в: 'b',
  е: 'e',
  з: '3',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ј: 'j',
  ԛ: 'q',
  ԝ: 'w',
  ү: 'y',
  ӏ: 'l',
  һ: 'h',
  ԁ: 'd',
  ь: 'b',
  п: 'n',
  г: 'r',
  б: '6',
  ё: 'ë',
  ї: 'ï',
  // Greek
  α: 'a',
  γ: 'y',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  ϲ: 'c',
  ϳ: 'j',
  // Latin letters and digits that imitate other Latin letters
  ı: 'i',
  ɑ: 'a',
  ɡ: 'g',
  ʏ: 'y',
  '0': 'o',
  '1': 'l',
};

const lookAlikePairs: [RegExp, string][] = [
  [/rn/g, 'm'],
  [/vv/g, 'w'],
];

const mapEach = (text: string, table: Record<string, string>) => [...text].map((ch) => table[ch] ?? ch).join('');

/** The shape of a name: names with equal skeletons look the same on screen. */
export function usernameSkeleton(name: string): string {
  const folded = mapEach(normalizeUsername(name), capitalLookAlikes).toLowerCase().normalize('NFKC');
  let shape = mapEach(folded, smallLookAlikes);
  for (const [pattern, to] of lookAlikePairs) shape = shape.replace(pattern, to);
  return shape;
}

const scripts = [
  'Latin',
  'Cyrillic',
  'Greek',
  'Han',
  'Hiragana',
  'Katakana',
  'Hangul',
  'Bopomofo',
  'Armenian',
  'Georgian',
  'Arabic',
  'Hebrew',
] as const;
const scriptPatterns = scripts.map((s) => [s, new RegExp(`\\p{Script=${s}}`, 'u')] as const);
/** Scripts that are written together with each other and with Latin. */
const mixable = new Set<string>(['Latin', 'Han', 'Hiragana', 'Katakana', 'Hangul', 'Bopomofo']);

/** The scripts of a name's letters (digits and punctuation belong to none). */
export function scriptsOf(name: string): string[] {
  const found = new Set<string>();
  for (const ch of name) {
    if (!/\p{L}/u.test(ch)) continue;
    found.add(scriptPatterns.find(([, re]) => re.test(ch))?.[0] ?? 'Other');
  }
  return [...found];
}

/** Why a (normalized) name may not be a username, or null when it may. */
export function usernameProblem(name: string): string | null {
  if (!allowed.test(name)) return 'expected 2 to 64 letters, digits or . _ @ -';
  const found = scriptsOf(name);
  if (found.length > 1 && !found.every((s) => mixable.has(s))) {
    return `mixes letters of different scripts (${found.join(', ')}); use one script`;
  }
  return null;
}
