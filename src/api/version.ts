/** Yuqing's version, read once from package.json (shown in the OpenAPI document). */
import { readFileSync } from 'node:fs';

export const appVersion: string = (() => {
  const pkg: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return typeof pkg === 'object' && pkg !== null && 'version' in pkg && typeof pkg.version === 'string' ? pkg.version : '0.0.0';
})();
