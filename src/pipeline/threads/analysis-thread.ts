/** The analysis thread's module: the pipeline's analysis stages, served to the pool. */
import { analysisStages } from '../stages.js';
import { serveAnalysis } from './serve-analysis.js';

serveAnalysis(analysisStages);
