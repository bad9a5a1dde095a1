// The reporter's own fixture run: only these cases, only the summary reporter.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    include: ['cases/*.case.ts'],
    pool: 'forks',
    maxWorkers: 1,
    reporters: ['../../summary-reporter.ts'],
  },
});
