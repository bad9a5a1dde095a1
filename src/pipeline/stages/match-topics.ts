/**
 * Live topic matching: the ids of the workspace's active topics the mention matches, from the matcher compiled once
 * per version of the topic rows (`buildAnalysisResources`). The rows are read here; the topic routes invalidate them,
 * so edits apply at once. A topic whose stored query does not parse is skipped (and reported by `analysis-inputs.ts`).
 */
import { draftFacts, matchDocumentOf } from '../../match/mention-document.js';
import type { ResourceSpec } from '../resources.js';
import type { AnalysisStage } from '../stage.js';

export interface TopicRow {
  id: number;
  query: string;
}

/** The active topics, by id: the matcher's input and the topic names entity finding knows. */
export const topicMatcherResource: ResourceSpec<TopicRow[]> = {
  name: 'topics',
  async load(db, workspaceId) {
    const rows = await db.kysely
      .selectFrom('topics')
      .select(['id', 'query'])
      .where('workspace_id', '=', workspaceId)
      .where('active', '=', 1)
      .orderBy('id')
      .execute();
    return rows.map((r) => ({ id: Number(r.id), query: r.query }));
  },
};

export const matchTopics: AnalysisStage = function matchTopics(draft, ctx) {
  const matched = ctx.resources.matcher.match(matchDocumentOf(draftFacts(draft)));
  if (matched.length === 0) return draft;
  return { ...draft, topicIds: [...new Set([...draft.topicIds, ...matched])] };
};
