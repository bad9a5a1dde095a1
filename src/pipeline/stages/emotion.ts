/** Stage: emotion scores (anger, fear, sadness, disgust, joy, surprise) in `analysis.emotions`, dominant ones as `emotion` tags. */
import type { MentionDraft } from '../../domain/mention.js';
import { dominantEmotions, scoreEmotions } from '../../nlp/emotion/score.js';
import { addTags, nlpOf } from './nlp-draft.js';

export function emotion(draft: MentionDraft): MentionDraft {
  const scores = scoreEmotions(nlpOf(draft).text);
  return { ...draft, analysis: { ...draft.analysis, emotions: scores }, tags: addTags(draft.tags, 'emotion', dominantEmotions(scores)) };
}
