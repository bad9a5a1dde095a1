/** Notices silence: `onSilent` is called (about every `afterMs`) while nothing was heard for `afterMs` or more. */

export interface ProgressWatch {
  heard(): void;
  stop(): void;
}

export function watchProgress(afterMs: number, onSilent: (silentMs: number) => void, now: () => number = Date.now): ProgressWatch {
  let last = now();
  const timer = setInterval(
    () => {
      const silent = now() - last;
      if (silent >= afterMs) onSilent(silent);
    },
    Math.max(5, Math.floor(afterMs / 4)),
  );
  timer.unref();
  return {
    heard: () => {
      last = now();
    },
    stop: () => clearInterval(timer),
  };
}
