// npm test: every test, from a fresh clone. Installs what it needs, type-checks, lints, looks for
// dead code (knip), runs the unit tests, builds the extension, runs the end-to-end tests in
// Chromium, and ends with the line "N passed, N failed" (counted from Vitest's JSON reports; a
// failed step counts as one failure).
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { ROOT, ensureChromium, ensureDependencies, run } from './setup.mjs';

const OUT = `${ROOT}tests/artifacts/`;
mkdirSync(OUT, { recursive: true });
let passed = 0;
let failed = 0;

function step(name, fn) {
  process.stderr.write(`\n== ${name}\n`);
  try {
    const ok = fn();
    if (!ok) {
      failed++;
      process.stderr.write(`!! ${name} failed\n`);
    }
    return ok;
  } catch (e) {
    failed++;
    process.stderr.write(`!! ${name} failed: ${e instanceof Error ? e.message : e}\n`);
    return false;
  }
}

function vitest(project, extraEnv = {}) {
  const report = `${OUT}vitest-${project}.json`;
  const status = run('npx', ['vitest', 'run', '--config', 'tests/vitest.config.ts', '--project', project,
    '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], { env: { ...process.env, ...extraEnv } });
  if (!existsSync(report)) return false;
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  if (r.numTotalTests === 0) failed++;
  // A suite that failed to load counts even when no test inside it ran.
  const broken = r.testResults.filter((t) => t.status === 'failed' && t.assertionResults.length === 0).length;
  failed += broken;
  return status === 0;
}

const installed = step('dependencies', () => (ensureDependencies(), true));
let chromium = null;
if (installed) {
  step('chromium', () => ((chromium = ensureChromium()), true));
  step('type check', () => run('npx', ['tsc', '--noEmit', '-p', '.']) === 0);
  step('lint', () => run('npx', ['eslint', '.']) === 0);
  step('dead code', () => run('npx', ['knip']) === 0);
  vitest('unit');
  const built = step('build extension', () => run('npx', ['wxt', 'build']) === 0);
  if (built && chromium && existsSync(`${ROOT}tests/e2e`)) vitest('e2e', { CHROMIUM_PATH: chromium });
}
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
