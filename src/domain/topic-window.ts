/** How far back a topic's preview and its "apply to existing" look when no range is given: one window for both, shown in the editor. */
export const TOPIC_TRIAL_DAYS = 30;
