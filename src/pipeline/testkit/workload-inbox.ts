/**
 * A bench workspace with a realistic backlog: brand topics and varied Chinese/English posts from the matching
 * workload (`src/match/workload.ts`), written to the inbox through real intake in large transactions.
 */
import { acceptItems } from '../../intake/accept.js';
import { makeWorkload } from '../../match/workload.js';
import type { Db } from '../../store/dialect.js';
import { topicQueries } from '../../store/queries/topics.js';

export interface WorkloadInboxOptions {
  items: number;
  /** Brand topics created in the workspace (matched by the pipeline's topic stage); at least 10. */
  topics?: number;
  seed?: number;
  /** Items per intake transaction. */
  chunk?: number;
  /** Distinct generated texts; later items repeat them with their own ids, as reposts do. */
  distinct?: number;
}

/** Creates the topics and queues `items` posts; returns the seconds intake took. */
export async function fillWorkloadInbox(db: Db, workspaceId: number, opts: WorkloadInboxOptions): Promise<number> {
  const { items, topics = 100, seed = 20260409, chunk = 5000, distinct = 20_000 } = opts;
  const workload = makeWorkload({ topics: Math.max(10, topics), items: Math.min(items, distinct), seed });
  const now = Date.now();
  for (const t of workload.topics) {
    await topicQueries.create(db.kysely, { workspaceId, name: `topic ${t.id}`, query: t.query, createdBy: null, now });
  }
  const firstAt = now - items * 1000;
  const started = performance.now();
  for (let start = 0; start < items; start += chunk) {
    const batch = Array.from({ length: Math.min(chunk, items - start) }, (_, i) => {
      const n = start + i;
      const doc = workload.docs[n % workload.docs.length]!;
      return {
        ref: n,
        raw: {
          source: doc.source,
          externalId: `w${n}`,
          title: doc.title,
          text: doc.text,
          author: doc.author,
          publishedAt: firstAt + n * 1000,
          engagement: { reposts: n % 50, replies: n % 7, likes: n % 300 },
        },
      };
    });
    await acceptItems(db, { workspaceId, origin: 'bench', items: batch, now });
  }
  return (performance.now() - started) / 1000;
}
