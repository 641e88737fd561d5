// npm run bench:browser: set up, build the extension and the benchmark, run it in Chromium.
import { ROOT, ensureChromium, ensureDependencies, run } from './setup.mjs';

ensureDependencies();
const chromium = ensureChromium();
if (run('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] }) !== 0) process.exit(1);
if (run('npm', ['run', '--silent', 'build:cli']) !== 0) process.exit(1);
process.exitCode = run(process.execPath, [`${ROOT}dist/cli/browser-bench.mjs`], { env: { ...process.env, CHROMIUM_PATH: chromium } });
