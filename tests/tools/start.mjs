/* global chrome -- evaluated in the extension service worker */
// npm start — the main job on the bundled sample reports: build the extension, serve the sample
// pages on loopback under government host names, and open them in Chromium with the extension
// loaded. With a display: a browser window to use. Headless: a screenshot of each marked page and
// of its popup (tests/artifacts/start/), and a summary printed for each page by the command line's
// own text formatter, in Chinese (or English with --lang en). With --screenshots: the README's
// screenshots (docs/screenshots/: a marked page, its card, the popup and the side panel) of one
// sample (seed-002-huzhu-2024 unless another is named).
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
const DOCS = join(ROOT, 'docs/screenshots');
const argv = process.argv.slice(2);
const langAt = argv.indexOf('--lang');
const lang = langAt >= 0 && argv[langAt + 1] === 'en' ? 'en' : 'zh';
const forReadme = argv.includes('--screenshots');
const named = argv.filter((a, i) => a !== '--lang' && a !== '--screenshots' && (langAt < 0 || i !== langAt + 1));
const only = named.length === 0 && forReadme ? ['seed-002-huzhu-2024'] : named;
const pages = readdirSync(PAGES).filter((f) => f.endsWith('.html') && (only.length === 0 || only.some((o) => f.includes(o)))).sort();
const headless = forReadme || !process.env.DISPLAY || process.env.XXGK_HEADLESS === '1';

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

/** The in-page scripts' own metrics (components/shared/metrics.ts), read in their world. */
async function metricsOf(tabId) {
  return worker.evaluate((id) => chrome.scripting.executeScript({
    target: { tabId: id, frameIds: [0] }, func: () => globalThis.__xxgkMetrics ?? null,
  }).then((r) => r[0]?.result ?? null, () => null), tabId);
}

/** The auditor's state once its first scan is done; null when the detector passed the page by. */
async function waitForState(tabId) {
  for (;;) {
    const m = await metricsOf(tabId);
    if (m && m.detectorMs !== null && !m.candidate) return null;
    if (m && m.scans.length > 0) {
      const state = await stateOf(tabId).catch(() => null);
      if (state) return state;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

if (!headless) {
  console.log(`xxgk-audit: ${pages.length} sample reports open at ${site}/ — close the browser window to stop.`);
  for (const p of pages) await openTab(`${site}/${p}`);
  await new Promise((resolve) => context.on('close', resolve));
} else {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  if (forReadme) mkdirSync(DOCS, { recursive: true });
  for (const p of pages) {
    const name = p.replace(/\.html$/, '');
    const { page, tabId } = await openTab(`${site}/${p}`);
    // Polls the scripts' metrics (a tool, not a test): done when the first scan is recorded.
    const state = await waitForState(tabId);
    if (!state || !state.result.report.isReport) {
      console.log(`\n${formatText({ source: `${site}/${p}`, report: { isReport: false } }, lang)}`);
      await page.close();
      continue;
    }
    const { findings } = state.result;
    const first = findings.find((f) => f.severity === 'error') ?? findings[0];
    const shot = (file) => (forReadme ? join(DOCS, file) : join(OUT, `${name}.${file}`));
    if (first) {
      // The page with its marks: the first error's badge in view, no card open.
      // (Badges are drawn near the view: bring the finding's cell there first.)
      const cell = page.locator(`[data-xxgk-finding~="${first.id}"]`).first();
      if (await cell.count()) await cell.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
      await page.locator(`div[data-xxgk-ui] [data-xxgk-badge~="${first.id}"]`).first().waitFor({ state: 'visible' });
      await page.screenshot({ path: shot('page.png') });
      // Its card, opened by the popup's message.
      await worker.evaluate(([id, fid]) => chrome.tabs.sendMessage(id, { type: 'focus-finding', id: fid }, { frameId: 0 }), [tabId, first.id]).catch(() => {});
      await page.locator(`div[data-xxgk-ui] .xxgk-card[data-finding-id="${first.id}"]`).waitFor({ state: 'visible' });
      await page.screenshot({ path: shot('card.png') });
    } else {
      await page.screenshot({ path: shot('page.png') });
    }
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 400, height: 640 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await popup.waitForSelector('[data-testid="state"][data-state="report"], [data-testid="state"][data-state="clean"]');
    await popup.screenshot({ path: shot('popup.png'), fullPage: !forReadme });
    await popup.close();
    if (forReadme) {
      const panel = await context.newPage();
      await panel.setViewportSize({ width: 360, height: 800 });
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
      await panel.waitForSelector('[data-testid="state"][data-state="report"], [data-testid="state"][data-state="clean"]');
      await panel.screenshot({ path: shot('sidepanel.png') });
      await panel.close();
    }
    console.log(`\n${formatText(state.result, lang)}`);
    await page.close();
  }
  const where = forReadme ? DOCS : OUT;
  console.log(lang === 'zh' ? `\n截图已保存：${where}` : `\nScreenshots saved in ${where}`);
  await context.close();
}
server.close();
rmSync(profile, { recursive: true, force: true });
