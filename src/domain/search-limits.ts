/** How far search counts before it says "at least", shared by the search code, the API schema and the web app. */

/**
 * How many full-text candidates one search checks for its total and facets. When the index has no more, the total
 * is exact; otherwise it is the matches among them, and a capped total means "at least `total`" (超过 N 条).
 */
export const COUNT_CAP = 1_000;
