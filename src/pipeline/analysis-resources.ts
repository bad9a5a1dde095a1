/**
 * A workspace's analysis resources: built from the plain inputs read from the store (dictionary, taxonomy, topic rows,
 * sentiment corrections) by a pure function, and rebuilt only when the inputs' content version changes. The same
 * build runs inline and in each analysis thread, which gets the inputs once per version.
 */
import { compileTopics, type TopicMatcher } from '../match/index.js';
import { buildEnrichmentResources, defaultEnrichmentResources, type EnrichmentResources } from '../nlp/analyze.js';
import { DEFAULT_CATEGORIES } from '../nlp/categories/defaults.js';
import { type Adaptation, identityAdaptation } from '../nlp/sentiment/adaptation.js';
import type { CorrectedText } from '../store/queries/corrections.js';
import type { EnrichmentInputs } from './stages/enrichment-resources.js';
import type { TopicRow } from './stages/match-topics.js';
import { adaptationFrom } from './stages/sentiment.js';

/** What the store holds for a workspace's analysis; structured-clone safe, so it can be sent to a thread. */
export interface AnalysisInputs {
  enrichment: EnrichmentInputs;
  topics: TopicRow[];
  corrections: CorrectedText[];
}

/** Inputs with their content version: equal versions mean equal content. */
export interface VersionedInputs {
  version: string;
  inputs: AnalysisInputs;
}

export interface AnalysisResources {
  enrichment: EnrichmentResources;
  adaptation: Adaptation;
  matcher: TopicMatcher<number>;
}

export function buildAnalysisResources(inputs: AnalysisInputs): AnalysisResources {
  const { words, categories } = inputs.enrichment;
  return {
    enrichment: buildEnrichmentResources({ words, categories, topicQueries: inputs.topics.map((t) => t.query) }),
    adaptation: adaptationFrom(inputs.corrections),
    matcher: compileTopics(inputs.topics),
  };
}

let defaults: AnalysisResources | null = null;

/** The inputs of a workspace with nothing of its own: they build the default resources. */
export function defaultAnalysisInputs(): AnalysisInputs {
  return { enrichment: { words: [], categories: [...DEFAULT_CATEGORIES] }, topics: [], corrections: [] };
}

/** Without a database (`bin/yuqing analyze`): empty dictionary, default taxonomy, no topics, no corrections. */
export function defaultAnalysisResources(): AnalysisResources {
  defaults ??= { enrichment: defaultEnrichmentResources(), adaptation: identityAdaptation, matcher: compileTopics([]) };
  return defaults;
}

/** The latest build per workspace; a new version replaces the old one. */
export class ResourceBuilds {
  private readonly built = new Map<number, { version: string; resources: AnalysisResources }>();

  /** The build of `version`, made from `inputs` when it is not the one held; throws if it is not held and no inputs came. */
  get(workspaceId: number, version: string, inputs?: AnalysisInputs): AnalysisResources {
    const hit = this.built.get(workspaceId);
    if (hit?.version === version) return hit.resources;
    if (!inputs) throw new Error(`no inputs for workspace ${workspaceId} version ${version}`);
    const resources = buildAnalysisResources(inputs);
    this.built.set(workspaceId, { version, resources });
    return resources;
  }

  versionOf(workspaceId: number): string | null {
    return this.built.get(workspaceId)?.version ?? null;
  }
}
