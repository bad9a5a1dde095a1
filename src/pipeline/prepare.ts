/**
 * Preparing a claimed batch outside any transaction: build each draft, analyse each workspace's drafts (inline or in
 * threads), then run the batch stages. Never throws: an item that cannot be prepared carries its error.
 */
import type { MentionDraft } from '../domain/mention.js';
import type { ClaimedItem } from '../store/queries/inbox.js';
import { fetchAnalysisInputs } from './analysis-inputs.js';
import type { AnalysisRunner } from './analysis-runner.js';
import { buildDraft } from './build-draft.js';
import { runBatchStages } from './run-stages.js';
import type { BatchStage, StageContext } from './stage.js';

export type Prepared = { item: ClaimedItem; draft: MentionDraft } | { item: ClaimedItem; error: string };

export interface PrepareDeps {
  analysis: AnalysisRunner;
  batchStages: readonly BatchStage[];
  ctx: StageContext;
}

export async function prepareBatch(claimed: readonly ClaimedItem[], deps: PrepareDeps): Promise<Prepared[]> {
  const built = claimed.map((item): Prepared => {
    try {
      return { item, draft: buildDraft(item) };
    } catch (err) {
      return { item, error: message(err) };
    }
  });
  return runBatchStages(deps.batchStages, await analyze(built, deps), deps.ctx);
}

/** Each workspace's drafts go to the runner at once, so threads get all the batch's work together. */
async function analyze(built: Prepared[], { analysis, ctx }: PrepareDeps): Promise<Prepared[]> {
  const out = [...built];
  const byWorkspace = new Map<number, number[]>();
  built.forEach((p, i) => {
    if (!('draft' in p)) return;
    const at = byWorkspace.get(p.draft.workspaceId);
    if (at) at.push(i);
    else byWorkspace.set(p.draft.workspaceId, [i]);
  });
  const drafts = (at: number[]) => at.map((i) => (built[i] as { draft: MentionDraft }).draft);
  await Promise.all(
    [...byWorkspace].map(async ([workspaceId, at]) => {
      let results: Awaited<ReturnType<AnalysisRunner['analyze']>>;
      try {
        const versioned = await fetchAnalysisInputs(ctx.resources, workspaceId, ctx.logger);
        results = await analysis.analyze({ workspaceId, versioned, now: ctx.now(), drafts: drafts(at) });
      } catch (err) {
        const error = `analysis inputs could not be read: ${message(err)}`;
        results = at.map(() => ({ error }));
      }
      at.forEach((i, j) => {
        const r = results[j] ?? { error: 'analysis returned no result' };
        out[i] = { item: (built[i] as Prepared).item, ...r };
      });
    }),
  );
  return out;
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
