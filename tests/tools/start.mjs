/* global chrome -- evaluated in the extension service worker */
// npm start — the main job on the bundled sample reports: build the extension, serve the sample
// pages on loopback under government host names, and open them in Chromium with the extension
// loaded. With a display: a browser window to use. Headless: a screenshot of each marked page and
// of its popup (tests/artifacts/start/), and a summary printed for each page by the command line's
// own text formatter, in Chinese (or English with --lang en).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, ensureChromium, ensureDependencies, run } from './setup.mjs';

ensureDependencies();
const chromiumPath = ensureChromium();
if (run('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] }) !== 0) process.exit(1);
const { chromium } = await import('playwright-core');
const { runnerImport } = await import('vite');
const { module: { formatText } } = await runnerImport(join(ROOT, 'lib/cli/format-text.ts'), { configFile: false, logLevel: 'error' });

const PAGES = join(ROOT, 'tests/fixtures/pages');
const OUT = join(ROOT, 'tests/artifacts/start');
const EXT = join(ROOT, '.output/chrome-mv3');
const argv = process.argv.slice(2);
const langAt = argv.indexOf('--lang');
const lang = langAt >= 0 && argv[langAt + 1] === 'en' ? 'en' : 'zh';
const only = argv.filter((a, i) => a !== '--lang' && (langAt < 0 || i !== langAt + 1));
const pages = readdirSync(PAGES).filter((f) => f.endsWith('.html') && (only.length === 0 || only.some((o) => f.includes(o)))).sort();
const headless = !process.env.DISPLAY || process.env.XXGK_HEADLESS === '1';

const server = createServer((req, res) => {
  const name = decodeURIComponent((req.url ?? '/').split('?')[0]).replace(/^\/+/, '');
  if (name === '') {
    const links = pages.map((p) => `<li><a href="/${p}">${p}</a></li>`).join('');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><meta charset="utf-8"><title>xxgk-audit 示例报告</title><h1>示例报告 / Sample reports</h1><ul>${links}</ul>`);
    return;
  }
  const file = join(PAGES, name);
  if (name.includes('..') || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': 'text/html' }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const port = server.address().port;
const site = 'http://xxgk.sample.gov.cn';

const profile = mkdtempSync(join(tmpdir(), 'xxgk-start-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath, headless, locale: 'zh-CN', viewport: headless ? { width: 1280, height: 900 } : null,
  args: [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`, '--no-sandbox', '--disable-gpu',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
    '--lang=zh-CN', `--host-resolver-rules=MAP *.gov.cn 127.0.0.1:${port}`],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
// The background registers the detector on install: wait for it before opening pages.
for (let i = 0; i < 100 && (await worker.evaluate(() => chrome.scripting.getRegisteredContentScripts().then((l) => l.length))) === 0; i++) {
  await new Promise((r) => setTimeout(r, 50));
}

async function openTab(url) {
  const pageEvent = context.waitForEvent('page', (p) => p.url() === url);
  const tabId = await worker.evaluate((u) => chrome.tabs.create({ url: u }).then((t) => t.id), url);
  const page = await pageEvent;
  await page.waitForLoadState('load');
  return { page, tabId };
}

async function stateOf(tabId) {
  return worker.evaluate(async (id) => {
    const { [`tab:${id}`]: rec } = await chrome.storage.session.get(`tab:${id}`);
    const frame = rec?.frames?.find((f) => f.isReport);
    if (!frame) return null;
    return chrome.tabs.sendMessage(id, { type: 'get-state' }, { frameId: frame.frameId });
  }, tabId);
}

if (!headless) {
  console.log(`xxgk-audit: ${pages.length} sample reports open at ${site}/ — close the browser window to stop.`);
  for (const p of pages) await openTab(`${site}/${p}`);
  await new Promise((resolve) => context.on('close', resolve));
} else {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  for (const p of pages) {
    const name = p.replace(/\.html$/, '');
    const { page, tabId } = await openTab(`${site}/${p}`);
    let state = null;
    for (let i = 0; i < 30 && !state; i++) {
      await page.waitForTimeout(200);
      state = await stateOf(tabId).catch(() => null);
    }
    if (!state || !state.result.report.isReport) {
      console.log(`\n${formatText({ source: `${site}/${p}`, report: { isReport: false } }, lang)}`);
      await page.close();
      continue;
    }
    const { findings } = state.result;
    const first = findings.find((f) => f.severity === 'error') ?? findings[0];
    if (first) {
      await worker.evaluate(([id, fid]) => chrome.tabs.sendMessage(id, { type: 'focus-finding', id: fid }, { frameId: 0 }), [tabId, first.id]).catch(() => {});
      await page.waitForTimeout(600);
    }
    await page.screenshot({ path: join(OUT, `${name}.png`) });
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 400, height: 640 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await popup.waitForTimeout(800);
    await popup.screenshot({ path: join(OUT, `${name}.popup.png`), fullPage: true });
    await popup.close();
    console.log(`\n${formatText(state.result, lang)}`);
    await page.close();
  }
  console.log(lang === 'zh' ? `\n每个页面及其弹出窗口的截图：${OUT}` : `\nScreenshots of each marked page and its popup: ${OUT}`);
  await context.close();
}
server.close();
rmSync(profile, { recursive: true, force: true });
