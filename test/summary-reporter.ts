import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends the run with one plain line, `tests: N passed, N failed, N skipped`, that any CI can read whatever
 * its test runner; and says plainly when the browser suite was skipped.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[]): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    let browserSkipped = 0;
    for (const testModule of testModules) {
      for (const test of testModule.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
        else {
          skipped += 1;
          if (testModule.project.name === 'browser') browserSkipped += 1;
        }
      }
      if (testModule.state() === 'failed' && [...testModule.children.allTests()].length === 0) failed += 1;
    }
    if (browserSkipped > 0) {
      process.stdout.write(
        `\nThe browser suite was skipped (${String(browserSkipped)} tests): Chromium was not found.\n`,
      );
    }
    process.stdout.write(`\ntests: ${String(passed)} passed, ${String(failed)} failed, ${String(skipped)} skipped\n`);
  }
}
