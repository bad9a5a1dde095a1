/** An analysis thread for the pool's tests: the pipeline's stages, then one that refuses a text with ⚠ and one that kills the thread on 💥. */
import type { AnalysisStage } from '../stage.js';
import { analysisStages } from '../stages.js';
import { serveAnalysis } from '../threads/serve-analysis.js';

const refuse: AnalysisStage = function refuse(draft) {
  if (draft.text.includes('⚠')) throw new Error('refused');
  return draft;
};

const crash: AnalysisStage = function crash(draft) {
  if (draft.text.includes('💥')) process.exit(7);
  return draft;
};

serveAnalysis([...analysisStages, refuse, crash]);
