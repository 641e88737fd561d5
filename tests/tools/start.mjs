// npm start: the main job on the bundled sample reports — the command line over every sample page.
import { readdirSync } from 'node:fs';
import { ROOT, ensureDependencies, run } from './setup.mjs';

ensureDependencies();
if (run('npm', ['run', '--silent', 'build:cli']) !== 0) process.exit(1);
const dir = 'tests/fixtures/pages/';
const pages = readdirSync(`${ROOT}${dir}`).filter((f) => f.endsWith('.html')).sort().map((f) => dir + f);
process.exitCode = run(process.execPath, ['dist/cli/xxgk-audit.mjs', ...process.argv.slice(2), ...pages]);
