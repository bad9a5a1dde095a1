/** The inbox origin of every demo item (what `--reset` removes). */
export const demoOrigin = 'demo';
