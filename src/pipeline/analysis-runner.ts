/**
 * Where the analysis stages run: one interface, two places — inline in this thread (tests, `YUQING_ANALYSIS_THREADS=0`,
 * and the fallback when threads cannot start) or in a pool of worker threads (`threads/pool.ts`).
 */
import type { MentionDraft } from '../domain/mention.js';
import { fetchAnalysisInputs } from './analysis-inputs.js';
import { ResourceBuilds, type VersionedInputs } from './analysis-resources.js';
import { type Analyzed, analyzeDrafts } from './run-stages.js';
import type { AnalysisContext, AnalysisStage, StageContext } from './stage.js';
import { analysisStages } from './stages.js';

/** One workspace's drafts with that workspace's inputs. */
export interface AnalysisJob {
  workspaceId: number;
  versioned: VersionedInputs;
  now: number;
  drafts: MentionDraft[];
}

export interface AnalysisRunner {
  /** One result per draft, in order; never rejects. */
  analyze(job: AnalysisJob): Promise<Analyzed[]>;
  /** Resolves once the models are loaded (threads warmed up), so no lease is spent waiting for them. */
  ready(): Promise<void>;
  /** Stops any threads; nothing may be in flight. */
  close(): Promise<void>;
}

/** Builds the job's resources (once per version) and runs the stages; every draft fails alike if the build fails. */
export function analyzeJob(
  builds: ResourceBuilds,
  list: readonly AnalysisStage[],
  job: {
    workspaceId: number;
    version: string;
    inputs?: VersionedInputs['inputs'] | undefined;
    now: number;
    drafts: readonly MentionDraft[];
  },
): Analyzed[] {
  let resources: ReturnType<ResourceBuilds['get']>;
  try {
    resources = builds.get(job.workspaceId, job.version, job.inputs);
  } catch (err) {
    const error = `analysis resources could not be built: ${err instanceof Error ? err.message : String(err)}`;
    return job.drafts.map(() => ({ error }));
  }
  // The analysis scratch (`nlp`) stays behind: nothing after analysis reads it, and it is most of what a thread would send back.
  return analyzeDrafts(list, job.drafts, { now: job.now, resources }).map((r) => ('draft' in r ? { draft: withoutScratch(r.draft) } : r));
}

function withoutScratch({ nlp: _, ...draft }: MentionDraft): MentionDraft {
  return draft;
}

const shared = new ResourceBuilds();

export function inlineAnalysis(list: readonly AnalysisStage[] = analysisStages): AnalysisRunner {
  return {
    analyze: async (job) => analyzeJob(shared, list, { workspaceId: job.workspaceId, ...job.versioned, now: job.now, drafts: job.drafts }),
    ready: async () => {},
    close: async () => {},
  };
}

/** A workspace's analysis context read through `ctx` and built here, for running a stage directly (tests). */
export async function analysisContextOf(ctx: StageContext, workspaceId: number): Promise<AnalysisContext> {
  const { version, inputs } = await fetchAnalysisInputs(ctx.resources, workspaceId, ctx.logger);
  return { now: ctx.now(), resources: shared.get(workspaceId, version, inputs) };
}
