/**
 * The demo's news outlets as sources with their names (南方晨报, Tech Daily Wire) instead of keys such as
 * `demo:news/nanfang-morning`. Intake would create them named by key on first sight; creating them first, or renaming
 * ones still named by key, gives every page the names. Platform sources (`demo:weibo`) keep their key as name: the web
 * app shows it in the UI language (微博 · 演示, Weibo · demo).
 */
import type { Db } from '../store/dialect.js';
import type { ScenarioItem } from './generate.js';
import { outlets } from './templates.js';

/** The outlet's name for a demo news source key; undefined for any other key. */
export function demoSourceName(key: string): string | undefined {
  return outlets.find((o) => key === `demo:news/${o.key}`)?.name;
}

export async function nameDemoSources(db: Db, workspaceId: number, scenario: readonly ScenarioItem[], now: number): Promise<void> {
  const keys = [...new Set(scenario.map((s) => s.item.source))].sort();
  for (const key of keys) {
    const name = demoSourceName(key);
    if (name === undefined) continue;
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
