/**
 * 传播量 (reach): how far a mention has travelled, as one number to sort by.
 *
 *   reach = reposts + replies + likes + round(10 × log10(1 + followers))
 *
 * Engagement counts in full; the author's audience only adds a small logarithmic base (100 followers → 20,
 * 10,000 → 40, a million → 60), so a post nobody reacted to stays low whoever wrote it, and one reaction counts
 * about as much as doubling the author's followers at that scale. Unknown counts are 0.
 */
export interface ReachInput {
  reposts: number | null;
  replies: number | null;
  likes: number | null;
  followers: number | null;
}

export function reachOf(m: ReachInput): number {
  const engagement = nonNegative(m.reposts) + nonNegative(m.replies) + nonNegative(m.likes);
  return engagement + Math.round(10 * Math.log10(1 + nonNegative(m.followers)));
}

function nonNegative(n: number | null): number {
  return n !== null && Number.isFinite(n) && n > 0 ? n : 0;
}
