// The executable: runs the command line on this process's arguments. On a terminal, progress
// goes to standard error as one line rewritten in place; piped or redirected, there is none.
import { runCli } from './main';

const CLEAR_LINE = '\r\x1b[K';

runCli(process.argv.slice(2), {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
  progress: process.stderr.isTTY
    ? (t) => process.stderr.write(t === null ? CLEAR_LINE : `${CLEAR_LINE}${t.slice(0, Math.max(20, (process.stderr.columns ?? 80) - 1))}`)
    : undefined,
}).then((code) => {
  process.exitCode = code;
});
