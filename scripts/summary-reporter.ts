/**
 * A vitest reporter that ends the run with one plain line:
 * `tests: N passed, N failed, N skipped[ (known reasons…, N unexplained)][, N unhandled errors] — ok|FAILED`.
 *
 * Nothing may hide a failure in that line:
 * - a test that did not run because a hook of its suite (or file) failed counts as failed;
 *   a failing hook whose suite has no such test (an `afterAll`, a file that cannot load) counts
 *   one failure per error;
 * - unhandled errors are counted and printed;
 * - a skip is allowed only for the known reasons of src/testing/known-skips.ts; any other skip
 *   (`.skip`, `.todo`, `.only` elsewhere, `ctx.skip()`) fails the run. Tests left out by `-t` are not counted.
 * Each problem is printed on its own line above the summary, and the exit code is set to 1.
 */
import type { Reporter, SerializedError, TestCase, TestModule, TestRunEndReason, TestSuite, Vitest } from 'vitest/node';
import { isKnownSkipReason, type KnownSkipReason, knownSkipReasons } from '../src/testing/known-skips.js';

type Node = TestModule | TestSuite;

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
  known: Map<KnownSkipReason, number>;
  unexplained: number;
  problems: string[];
}

export default class SummaryReporter implements Reporter {
  private namePattern: RegExp | undefined;

  onInit(vitest: Vitest): void {
    const pattern = vitest.config.testNamePattern;
    this.namePattern = pattern === undefined ? undefined : new RegExp(pattern);
  }

  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError> = [],
    reason: TestRunEndReason = 'passed',
  ): void {
    const tally: Tally = { passed: 0, failed: 0, skipped: 0, known: new Map(), unexplained: 0, problems: [] };
    for (const mod of testModules) this.countModule(mod, tally);
    for (const err of unhandledErrors) tally.problems.push(`unhandled error: ${firstLine(err)}`);
    if (reason === 'interrupted') tally.problems.push('the run was interrupted');

    const failed = tally.failed > 0 || tally.unexplained > 0 || unhandledErrors.length > 0 || reason !== 'passed';
    if (failed) process.exitCode = 1;
    process.stdout.write(`\n${tally.problems.map((p) => `  ${p}\n`).join('')}${summaryLine(tally, unhandledErrors.length, failed)}\n`);
  }

  private countModule(mod: TestModule, tally: Tally): void {
    const file = mod.relativeModuleId;
    const blamed = new Map<Node, number>();
    for (const test of mod.children.allTests()) {
      if (this.filteredOut(test)) continue;
      const state = test.result().state;
      if (state === 'passed') {
        tally.passed++;
      } else if (state === 'failed') {
        tally.failed++;
      } else {
        const broken = nearestWithErrors(test);
        const knownSkip = test.meta().knownSkip;
        if (broken) {
          tally.failed++;
          blamed.set(broken, (blamed.get(broken) ?? 0) + 1);
        } else if (isKnownSkipReason(knownSkip)) {
          tally.skipped++;
          tally.known.set(knownSkip, (tally.known.get(knownSkip) ?? 0) + 1);
        } else {
          tally.skipped++;
          tally.unexplained++;
          tally.problems.push(`skipped for no known reason: ${file} > ${test.fullName}`);
        }
      }
    }
    for (const node of [mod, ...mod.children.allSuites()]) {
      const errors = node.errors();
      if (errors.length === 0) continue;
      const where = node.type === 'module' ? file : `${file} > ${node.fullName}`;
      const notRun = blamed.get(node);
      if (notRun) {
        tally.problems.push(`${notRun} test(s) did not run, a hook failed: ${where}: ${firstLine(errors[0]!)}`);
      } else {
        tally.failed += errors.length;
        for (const err of errors) tally.problems.push(`failed outside a test: ${where}: ${firstLine(err)}`);
      }
    }
  }

  /** Whether `-t` left this test out (it was never meant to run). */
  private filteredOut(test: TestCase): boolean {
    if (!this.namePattern) return false;
    const names: string[] = [test.name];
    for (let p = test.parent; p.type === 'suite'; p = p.parent) names.unshift(p.name);
    return !this.namePattern.test(names.join(' '));
  }
}

/** The closest suite (or the file) above `test` that reported errors of its own: a failed hook or collection. */
function nearestWithErrors(test: TestCase): Node | undefined {
  for (let p: Node = test.parent; ; p = p.parent) {
    if (p.errors().length > 0) return p;
    if (p.type === 'module') return undefined;
  }
}

function summaryLine(tally: Tally, unhandled: number, failed: boolean): string {
  const why = [...tally.known].map(([reason, n]) => `${n} ${knownSkipReasons[reason]}`);
  if (tally.unexplained > 0) why.push(`${tally.unexplained} unexplained`);
  let line = `tests: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`;
  if (why.length > 0) line += ` (${why.join(', ')})`;
  if (unhandled > 0) line += `, ${unhandled} unhandled error${unhandled === 1 ? '' : 's'}`;
  return `${line} — ${failed ? 'FAILED' : 'ok'}`;
}

function firstLine(err: SerializedError | { message?: string }): string {
  const text = err.message ?? String(err);
  return text.split('\n')[0] ?? '';
}
