/** What `bin/yuqing demo` tells a person: one progress line per simulated hour and a closing sentence. */
import type { ReplayProgress, ReplaySummary } from './replay.js';

const n = (x: number) => x.toLocaleString('en-US');

export function progressLine(p: ReplayProgress): string {
  return `simulated hour ${p.hour}/72 · ${n(p.sent)}/${n(p.items)} items sent · ${n(p.stored)} stored`;
}

export function summaryLine(s: ReplaySummary, workspace: string): string {
  if (s.alreadyThere) {
    return `all ${n(s.items)} demo items are already in workspace ${workspace} (${n(s.stored)} stored as mentions); run with --reset to replay them with fresh times`;
  }
  const parts = [`${n(s.accepted)} new`];
  if (s.duplicates > 0) parts.push(`${n(s.duplicates)} already there`);
  if (s.rejected > 0) parts.push(`${n(s.rejected)} refused (see the warnings above)`);
  const waiting = s.pending > 0 ? `; ${n(s.pending)} still being processed` : '';
  return `done in ${(s.elapsedMs / 1000).toFixed(1)} s: ${n(s.items)} demo items sent to workspace ${workspace} (${parts.join(', ')}); ${n(s.stored)} stored as mentions${waiting}`;
}
