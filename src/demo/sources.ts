/**
 * The demo's sources with names a person reads (南方晨报, 微博（演示）) instead of their keys. Intake would create them
 * named by key on first sight; creating them first, or renaming ones still named by key, gives every page the names.
 */
import { platformLabel } from '../domain/platform-labels.js';
import type { Db } from '../store/dialect.js';
import type { ScenarioItem } from './generate.js';
import { outlets } from './templates.js';

export function demoSourceName(key: string): string {
  const rest = key.replace(/^demo:/, '');
  const outlet = rest.startsWith('news/') ? outlets.find((o) => `news/${o.key}` === rest) : undefined;
  const name = outlet?.name ?? platformLabel(rest, 'zh') ?? rest;
  return `${name}（演示）`;
}

export async function nameDemoSources(db: Db, workspaceId: number, scenario: readonly ScenarioItem[], now: number): Promise<void> {
  const keys = [...new Set(scenario.map((s) => s.item.source))].sort();
  for (const key of keys) {
    const name = demoSourceName(key);
    await db.kysely
      .insertInto('sources')
      .values({ workspace_id: workspaceId, key, name, kind: 'push', config: '{}', active: 1, created_at: now })
      .onConflict((oc) =>
        oc
          .columns(['workspace_id', 'key'])
          .doUpdateSet({ name })
          .where((eb) => eb('sources.name', '=', eb.ref('sources.key'))),
      )
      .execute();
  }
}
