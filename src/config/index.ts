/**
 * The configuration module: the only place in Yuqing that reads `process.env`.
 * `loadConfig()` validates every option and throws one error listing every problem.
 */
import { type Config, type Options, options } from './options.js';

export type { Config } from './options.js';
export { options } from './options.js';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n  ${problems.join('\n  ')}`);
  }
}

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env, overrides: Partial<Config> = {}): Config {
  const problems: string[] = [];
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(options) as [keyof Options, Options[keyof Options]][]) {
    const raw = env[spec.env];
    if (raw === undefined || raw === '') {
      out[key] = spec.default;
      continue;
    }
    try {
      out[key] = (spec.parse as (r: string) => unknown)(raw);
    } catch (err) {
      problems.push(`${spec.env}: ${(err as Error).message}`);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return { ...(out as Config), ...overrides };
}

/** Effective configuration for display: secrets masked, credentials in URLs hidden. */
export function describeConfig(config: Config): { option: string; env: string; value: unknown; default: unknown; doc: string }[] {
  return (Object.keys(options) as (keyof Options)[]).map((key) => {
    const spec = options[key];
    const value = config[key];
    return {
      option: key,
      env: spec.env,
      value: spec.secret ? maskSecret(value) : value,
      default: spec.secret ? maskSecret(spec.default) : spec.default,
      doc: spec.doc,
    };
  });
}

function maskSecret(value: unknown): unknown {
  if (typeof value !== 'string' || value === '') return value;
  try {
    const url = new URL(value);
    if (url.password) url.password = '*****';
    return url.toString();
  } catch {
    return '*****';
  }
}
