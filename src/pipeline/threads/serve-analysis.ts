/**
 * The inside of an analysis thread: loads the models, then answers each batch of drafts with the stages' results,
 * building each workspace's resources once per version from the inputs the pool sends.
 */
import { parentPort } from 'node:worker_threads';
import { ResourceBuilds } from '../analysis-resources.js';
import { analyzeJob } from '../analysis-runner.js';
import type { AnalysisStage } from '../stage.js';
import { warmUpStages } from '../warm-up.js';
import type { RunMessage, ThreadMessage } from './protocol.js';

export function serveAnalysis(list: readonly AnalysisStage[]): void {
  const port = parentPort;
  if (!port) throw new Error('serveAnalysis runs only inside a worker thread');
  warmUpStages();
  const builds = new ResourceBuilds();
  port.on('message', (m: RunMessage) => {
    const results = analyzeJob(builds, list, m);
    const reply: ThreadMessage = { type: 'done', job: m.job, results, holds: builds.versionOf(m.workspaceId) };
    port.postMessage(reply);
  });
  port.postMessage({ type: 'ready' } satisfies ThreadMessage);
}
