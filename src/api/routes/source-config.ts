/** Checking a source's settings against its type's schema (400 naming the field) and deriving a key from them. */
import { sourceTypeOf } from '../../collect/sources/index.js';
import { AppError } from '../../errors/catalogue.js';
import { type FloorConfig, intervalLimits } from '../../scheduler/index.js';

/** The settings as stored JSON; a kind without a type (api, import) keeps whatever object it was given. */
export function checkSourceConfig(kind: string, config: unknown): string {
  const type = sourceTypeOf(kind);
  if (!type) return JSON.stringify(config ?? {});
  const r = type.configSchema.safeParse(config ?? {});
  if (r.success) return JSON.stringify(r.data);
  const details = r.error.issues.map((i) => ({ field: ['config', ...i.path.map(String)].join('.'), problem: i.message }));
  const first = details[0];
  throw new AppError(
    'invalid_request',
    `The ${kind} source's settings are invalid${first ? `: ${first.field}: ${first.problem}` : ''}.`,
    details,
  );
}

/** `feed:https://news.example.com/rss.xml`: the kind and the address, when no key is given. */
export function deriveKey(kind: string, name: string, config: Record<string, unknown> | undefined): string {
  const address = ['url', 'address', 'template', 'preset'].map((f) => config?.[f]).find((v): v is string => typeof v === 'string');
  return `${kind}:${address ?? name}`.slice(0, 200);
}

/**
 * A source's own interval checked against its host floor (400 `interval_below_floor` naming both); a kind
 * that is not collected (api, import) takes no interval. Returns the interval the source starts at.
 */
export function checkIntervalSetting(kind: string, configJson: string, setting: number | null, c: FloorConfig): number | null {
  const limits = intervalLimits(kind, JSON.parse(configJson) as unknown, setting, c);
  if (!limits) {
    if (setting === null) return null;
    throw new AppError('invalid_request', `A ${kind} source is not collected, so it takes no interval; send intervalSeconds: null.`, [
      { field: 'intervalSeconds', problem: `a ${kind} source is not collected` },
    ]);
  }
  const { host, floorSeconds } = limits;
  if (setting !== null && setting < floorSeconds) {
    const problem = `${setting} s is shorter than the ${floorSeconds} s floor for ${host ?? 'this source'}; choose ${floorSeconds} or more, or null for automatic`;
    throw new AppError('interval_below_floor', `intervalSeconds: ${problem}.`, [{ field: 'intervalSeconds', problem }]);
  }
  return limits.baseSeconds;
}
