/**
 * Loads what the stages need once, at start-up (jieba's dictionary, the sentiment weights),
 * so the first batch does not block the event loop of a running server for seconds.
 */

import { sharedJieba } from '../nlp/segment/jieba.js';
import { loadSentimentModel } from '../nlp/sentiment/index.js';

export function warmUpStages(): void {
  sharedJieba().cut('舆情预热', true);
  loadSentimentModel().analyze('舆情预热');
}
