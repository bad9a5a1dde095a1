/** A sleep that `wake()` cuts short; a wake that arrives while nobody sleeps makes the next sleep return at once. */

export interface Wakeup {
  sleep(ms: number): Promise<void>;
  wake(): void;
}

export function createWakeup(): Wakeup {
  let pending = false;
  let finish: (() => void) | undefined;
  return {
    sleep(ms) {
      if (pending) {
        pending = false;
        return Promise.resolve();
      }
      return new Promise<void>((resolve) => {
        const timer = setTimeout(done, ms);
        function done(): void {
          clearTimeout(timer);
          finish = undefined;
          resolve();
        }
        finish = done;
      });
    },
    wake() {
      if (finish) finish();
      else pending = true;
    },
  };
}
