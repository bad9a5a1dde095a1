/**
 * Preparing a claimed batch outside any transaction: build each draft, then hand each workspace's drafts to the
 * analysis stages (inline or in threads). `startAnalysis` returns once the drafts are handed over, so the caller can
 * go on (store the batch before) while the threads work. Never fails: an item that cannot be prepared carries its error.
 */
import type { MentionDraft } from '../domain/mention.js';
import type { ClaimedItem } from '../store/queries/inbox.js';
import { fetchAnalysisInputs } from './analysis-inputs.js';
import type { AnalysisRunner } from './analysis-runner.js';
import { buildDraft } from './build-draft.js';
import type { Analyzed } from './run-stages.js';
import type { StageContext } from './stage.js';

export type Prepared = { item: ClaimedItem; draft: MentionDraft } | { item: ClaimedItem; error: string };

export interface AnalysisDeps {
  analysis: AnalysisRunner;
  ctx: StageContext;
}

/** The batch's analysed drafts, in claim order, once the runner has them (never rejects). */
export interface Started {
  analysed: Promise<Prepared[]>;
}

export async function startAnalysis(claimed: readonly ClaimedItem[], deps: AnalysisDeps): Promise<Started> {
  const built = claimed.map((item): Prepared => {
    try {
      return { item, draft: buildDraft(item) };
    } catch (err) {
      return { item, error: message(err) };
    }
  });
  const jobs = await Promise.all([...byWorkspace(built)].map(([workspaceId, at]) => startJob(built, workspaceId, at, deps)));
  return { analysed: Promise.all(jobs.map((j) => j.results)).then(() => merge(built, jobs)) };
}

interface Job {
  at: number[];
  results: Promise<Analyzed[]>;
}

/** Each workspace's drafts go to the runner at once, so threads get all the batch's work together. */
async function startJob(built: Prepared[], workspaceId: number, at: number[], { analysis, ctx }: AnalysisDeps): Promise<Job> {
  const drafts = at.map((i) => (built[i] as { draft: MentionDraft }).draft);
  try {
    const versioned = await fetchAnalysisInputs(ctx.resources, workspaceId, ctx.logger);
    return { at, results: analysis.analyze({ workspaceId, versioned, now: ctx.now(), drafts }) };
  } catch (err) {
    const error = `analysis inputs could not be read: ${message(err)}`;
    return { at, results: Promise.resolve(at.map(() => ({ error }))) };
  }
}

async function merge(built: Prepared[], jobs: Job[]): Promise<Prepared[]> {
  const out = [...built];
  for (const { at, results } of jobs) {
    const list = await results;
    at.forEach((i, j) => {
      const r = list[j] ?? { error: 'analysis returned no result' };
      out[i] = { item: (built[i] as Prepared).item, ...r };
    });
  }
  return out;
}

function byWorkspace(built: Prepared[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  built.forEach((p, i) => {
    if (!('draft' in p)) return;
    const at = out.get(p.draft.workspaceId);
    if (at) at.push(i);
    else out.set(p.draft.workspaceId, [i]);
  });
  return out;
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
