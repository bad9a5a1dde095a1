/** Running the stage list over one draft; a failure names the stage it came from. */
import type { MentionDraft } from '../domain/mention.js';
import type { Stage, StageContext } from './stage.js';

export async function runStages(list: readonly Stage[], draft: MentionDraft, ctx: StageContext): Promise<MentionDraft> {
  let current = draft;
  for (const stage of list) {
    try {
      current = await stage(current, ctx);
    } catch (err) {
      throw new Error(`stage ${stage.name || '(anonymous)'} failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return current;
}
