/**
 * Reading a workspace's analysis inputs through the cached resources (so edits apply at once in this process and
 * within the time to live elsewhere) and giving them a content version: a hash computed once per fetched value,
 * so an unchanged refetch keeps its version and nothing is rebuilt. Topics whose query does not parse are reported
 * once per version.
 */
import { createHash } from 'node:crypto';
import type { Logger } from '../log/logger.js';
import { tryParseQuery } from '../match/index.js';
import type { VersionedInputs } from './analysis-resources.js';
import type { WorkspaceResources } from './resources.js';
import { enrichmentResource } from './stages/enrichment-resources.js';
import { type TopicRow, topicMatcherResource } from './stages/match-topics.js';
import { sentimentAdaptationResource } from './stages/sentiment.js';

const hashes = new WeakMap<object, string>();

function versionOf(value: object): string {
  let hash = hashes.get(value);
  if (hash === undefined) {
    hash = createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 16);
    hashes.set(value, hash);
  }
  return hash;
}

export async function fetchAnalysisInputs(resources: WorkspaceResources, workspaceId: number, logger: Logger): Promise<VersionedInputs> {
  const [enrichment, topics, corrections] = await Promise.all([
    resources.get(enrichmentResource, workspaceId),
    resources.get(topicMatcherResource, workspaceId),
    resources.get(sentimentAdaptationResource, workspaceId),
  ]);
  const topicsVersion = versionOf(topics);
  reportBrokenTopics(resources, workspaceId, topicsVersion, topics, logger);
  return { version: `${versionOf(enrichment)}.${topicsVersion}.${versionOf(corrections)}`, inputs: { enrichment, topics, corrections } };
}

const reported = new WeakMap<WorkspaceResources, Map<number, string>>();

function reportBrokenTopics(resources: WorkspaceResources, workspaceId: number, version: string, topics: TopicRow[], logger: Logger): void {
  let seen = reported.get(resources);
  if (!seen) {
    seen = new Map();
    reported.set(resources, seen);
  }
  if (seen.get(workspaceId) === version) return;
  seen.set(workspaceId, version);
  for (const { id, query } of topics) {
    const parsed = tryParseQuery(query);
    if (!parsed.ok) logger.warn({ workspaceId, topicId: id, error: parsed.error.message }, 'topic query does not parse; topic skipped');
  }
}
