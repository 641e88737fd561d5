// Set-up that the README's commands do for themselves on a fresh machine: npm dependencies
// (npm ci when node_modules is missing or older than the lockfile) and, for the browser tests,
// Debian's Chromium and a CJK font. Plain Node, no dependencies, so it runs before npm ci.
import { existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CHROMIUM_CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', ...opts });
  if (r.error) throw r.error;
  return r.status ?? 1;
}

function say(text) {
  process.stderr.write(`[setup] ${text}\n`);
}

export function ensureDependencies() {
  const marker = `${ROOT}node_modules/.package-lock.json`;
  const lock = `${ROOT}package-lock.json`;
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  say('installing npm dependencies (npm ci)…');
  if (run('npm', ['ci', '--no-audit', '--no-fund'], { stdio: ['ignore', 'inherit', 'inherit'] }) !== 0) {
    throw new Error('npm ci failed');
  }
}

export function chromiumPath() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export function ensureChromium() {
  let path = chromiumPath();
  const fontMissing = !existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc');
  if (path && !fontMissing) return path;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    if (path) return path;
    throw new Error('Chromium is needed for the browser tests: install Debian\'s "chromium" package (and "fonts-noto-cjk"), or set CHROMIUM_PATH');
  }
  say('installing Chromium and a CJK font from Debian (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const quiet = { stdio: ['ignore', 'ignore', 'inherit'], env };
  if (run('apt-get', ['update', '-qq'], quiet) !== 0) throw new Error('apt-get update failed');
  if (run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-noto-cjk'], quiet) !== 0) {
    throw new Error('apt-get install chromium failed');
  }
  path = chromiumPath();
  if (!path) throw new Error('Chromium was installed but not found');
  return path;
}
