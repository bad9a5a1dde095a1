/**
 * The host floor: the shortest interval any source on a host may be checked at, for politeness.
 * A source's host is read from its settings (its address, template, instance or API base; an
 * `rsshub://` address is the configured RSSHub's host); the floor is the longest matching entry of
 * YUQING_COLLECT_HOST_FLOORS (a host covers its subdomains), else YUQING_COLLECT_MIN_INTERVAL_SECONDS.
 */
import { sourceTypeOf } from '../collect/sources/index.js';
import { searchPresets } from '../collect/sources/search/presets.js';
import type { Config } from '../config/index.js';
import { intervalBounds } from './adaptive.js';

export type FloorConfig = Pick<Config, 'collectMinIntervalSeconds' | 'collectHostFloors' | 'rsshubBaseUrl'>;

const ADDRESS_FIELDS = ['url', 'template', 'instance', 'appView', 'baseUrl'] as const;

/** The host a source's passes go to, or null when its settings name none (push and import sources). */
export function sourceHost(kind: string, config: unknown, rsshubBaseUrl: string): string | null {
  const type = sourceTypeOf(kind);
  const parsed = type ? type.configSchema.safeParse(config) : undefined;
  const c = (parsed?.success ? parsed.data : config) as Record<string, unknown> | null;
  if (typeof c !== 'object' || c === null) return null;
  if (typeof c.address === 'string' && c.address.startsWith('rsshub://')) return hostOf(rsshubBaseUrl);
  if (typeof c.preset === 'string' && c.preset in searchPresets) {
    return hostOf(searchPresets[c.preset as keyof typeof searchPresets].template);
  }
  for (const f of ADDRESS_FIELDS) {
    const v = c[f];
    if (typeof v === 'string') {
      const host = hostOf(v);
      if (host) return host;
    }
  }
  return null;
}

/** The floor for a host: its own entry (or its nearest parent domain's), else the default floor. */
export function hostFloor(host: string | null, config: FloorConfig): number {
  if (host) {
    const labels = host.split('.');
    for (let i = 0; i < labels.length; i++) {
      const own = config.collectHostFloors[labels.slice(i).join('.')];
      if (own !== undefined) return own;
    }
  }
  return config.collectMinIntervalSeconds;
}

export function floorForSource(kind: string, config: unknown, c: FloorConfig): { host: string | null; floorSeconds: number } {
  const host = sourceHost(kind, config, c.rsshubBaseUrl);
  return { host, floorSeconds: hostFloor(host, c) };
}

export interface IntervalLimits {
  host: string | null;
  floorSeconds: number;
  /** The kind's interval on automatic. */
  defaultSeconds: number;
  /** Where the source starts: its own interval (at least the floor), else the kind's default. */
  baseSeconds: number;
}

/** The interval limits of a collected source, or null for a kind that is not collected (api, import). */
export function intervalLimits(kind: string, config: unknown, setting: number | null, c: FloorConfig): IntervalLimits | null {
  const type = sourceTypeOf(kind);
  if (!type) return null;
  const { host, floorSeconds } = floorForSource(kind, config, c);
  const defaultSeconds = type.defaultIntervalSeconds;
  const { baseSeconds } = intervalBounds({ floorSeconds, setting, defaultSeconds, maxSeconds: Number.MAX_SAFE_INTEGER, targetItems: 1 });
  return { host, floorSeconds, defaultSeconds, baseSeconds };
}

function hostOf(address: string): string | null {
  try {
    return new URL(address.replace('{q}', 'q')).hostname.toLowerCase() || null;
  } catch {
    return null;
  }
}
