// Entry point loaded by VS Code's extension host (extensionTestsPath): runs every *.test.js next to it with
// mocha (tdd UI). The same file serves the offline web runner and @vscode/test-electron.
// The `=== vscode-tests: start ===` marker tells the web runner where the test output begins; the closing
// `vscode-integration: N passed, N failed` line is what CI reads.
import * as path from 'path';
import * as fs from 'fs';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 90000, grep: process.env.VSCODE_TEST_GREP || undefined });
  const dir = __dirname;
  for (const f of fs.readdirSync(dir).sort()) {
    if (f.endsWith('.test.js')) mocha.addFile(path.join(dir, f));
  }
  console.log('=== vscode-tests: start ===');
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run(failures => {
        const passed = runner.stats?.passes ?? 0;
        const skipped = runner.stats?.pending ?? 0;
        console.log(`vscode-integration: ${passed} passed, ${failures} failed${skipped ? `, ${skipped} skipped` : ''}`);
        if (failures > 0) reject(new Error(`${failures} integration tests failed.`));
        else resolve();
      });
    } catch (e) {
      reject(e);
    }
  });
}
