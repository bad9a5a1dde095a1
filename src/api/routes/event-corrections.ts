/** Analysts' corrections of events (rename, merge, move, split) and the severity override; filled in below. */
import type { ApiApp, RouteDeps } from '../env.js';

export function registerEventCorrectionRoutes(_app: ApiApp, _deps: RouteDeps): void {}
