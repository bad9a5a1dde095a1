/** Running the two stage lists; a failure names the stage it came from and fails only its own item. */
import type { MentionDraft } from '../domain/mention.js';
import type { Prepared } from './prepare.js';
import type { AnalysisContext, AnalysisStage, BatchStage, StageContext } from './stage.js';

/** One draft's analysis: the draft, or why it failed. */
export type Analyzed = { draft: MentionDraft } | { error: string };

function failure(stage: { name: string }, err: unknown): string {
  return `stage ${stage.name || '(anonymous)'} failed: ${err instanceof Error ? err.message : String(err)}`;
}

/** The analysis stages over one draft; throws an error naming the failing stage. */
export function runAnalysis(list: readonly AnalysisStage[], draft: MentionDraft, ctx: AnalysisContext): MentionDraft {
  let current = draft;
  for (const stage of list) {
    try {
      current = stage(current, ctx);
    } catch (err) {
      throw new Error(failure(stage, err));
    }
  }
  return current;
}

/** The analysis stages over each draft of one workspace; never throws. */
export function analyzeDrafts(list: readonly AnalysisStage[], drafts: readonly MentionDraft[], ctx: AnalysisContext): Analyzed[] {
  return drafts.map((draft) => {
    try {
      return { draft: runAnalysis(list, draft, ctx) };
    } catch (err) {
      return { error: err instanceof Error ? err.message : String(err) };
    }
  });
}

/** The batch stages in order over the drafts not failed yet; never throws. */
export async function runBatchStages(list: readonly BatchStage[], prepared: Prepared[], ctx: StageContext): Promise<Prepared[]> {
  let current = prepared;
  for (const stage of list) current = await runBatchStage(stage, current, ctx);
  return current;
}

async function runBatchStage(stage: BatchStage, prepared: Prepared[], ctx: StageContext): Promise<Prepared[]> {
  const out = [...prepared];
  const ok = prepared.flatMap((p, i) => ('draft' in p ? [{ i, p }] : []));
  if (ok.length === 0) return out;
  try {
    const drafts = await call(
      stage,
      ok.map(({ p }) => p.draft),
      ctx,
    );
    ok.forEach(({ i, p }, j) => {
      out[i] = { item: p.item, draft: drafts[j] as MentionDraft };
    });
  } catch (err) {
    // One bad item must not fail the batch: each draft again alone, as a batch of one with a context of its own.
    for (const { i, p } of ok) {
      try {
        if (ok.length === 1) throw err;
        const [draft] = await call(stage, [p.draft], { ...ctx });
        out[i] = { item: p.item, draft: draft as MentionDraft };
      } catch (alone) {
        out[i] = { item: p.item, error: failure(stage, alone) };
      }
    }
  }
  return out;
}

async function call(stage: BatchStage, drafts: MentionDraft[], ctx: StageContext): Promise<MentionDraft[]> {
  const result = await stage(drafts, ctx);
  if (result.length !== drafts.length) throw new Error(`returned ${result.length} drafts for ${drafts.length}`);
  return result;
}
