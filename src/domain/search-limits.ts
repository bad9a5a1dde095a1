/** How far search counts before it says "at least", shared by the search code, the API schema and the web app. */

/** Totals are exact up to this many matches; past it a capped total means "at least `total`" (超过 N 条). */
export const COUNT_CAP = 10_000;
