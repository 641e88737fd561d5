// npm run bench: set up, build the command line and its benchmark, run it.
import { ROOT, ensureDependencies, run } from './setup.mjs';

ensureDependencies();
if (run('npm', ['run', '--silent', 'build:cli']) !== 0) process.exit(1);
process.exitCode = run(process.execPath, [`${ROOT}dist/cli/bench.mjs`]);
