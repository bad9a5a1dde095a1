/**
 * Live topic matching, the last stage: the workspace's active topics compiled into one matcher (cached per
 * workspace, invalidated by the topic routes so edits apply at once), and the ids of those the mention matches.
 * A topic whose stored query does not parse is skipped and reported once per compiled matcher.
 */
import { compileTopics, type TopicMatcher } from '../../match/index.js';
import { draftFacts, matchDocumentOf } from '../../match/mention-document.js';
import type { ResourceSpec } from '../resources.js';
import type { Stage } from '../stage.js';

export const topicMatcherResource: ResourceSpec<TopicMatcher<number>> = {
  name: 'topic-matcher',
  async load(db, workspaceId) {
    const rows = await db.kysely
      .selectFrom('topics')
      .select(['id', 'query'])
      .where('workspace_id', '=', workspaceId)
      .where('active', '=', 1)
      .orderBy('id')
      .execute();
    return compileTopics(rows.map((r) => ({ id: Number(r.id), query: r.query })));
  },
};

const reported = new WeakSet<TopicMatcher<number>>();

export const matchTopics: Stage = async function matchTopics(draft, ctx) {
  const matcher = await ctx.resources.get(topicMatcherResource, draft.workspaceId);
  if (matcher.errors.length > 0 && !reported.has(matcher)) {
    reported.add(matcher);
    for (const { id, error } of matcher.errors)
      ctx.logger.warn({ workspaceId: draft.workspaceId, topicId: id, error: error.message }, 'topic query does not parse; topic skipped');
  }
  const matched = matcher.match(matchDocumentOf(draftFacts(draft)));
  if (matched.length === 0) return draft;
  return { ...draft, topicIds: [...new Set([...draft.topicIds, ...matched])] };
};
