// The extension's extra main-thread scripting on pages that are not reports: Chromium's own
// Performance.getMetrics ScriptDuration for one load of a page under a government host name (the
// detector runs) against the same page under a host the extension leaves alone, loads alternated.
import type { BrowserContext } from 'playwright-core';

export interface ScriptCost {
  page: string;
  withMs: number[];
  withoutMs: number[];
}

/** Time given to a loaded page for the detector's look (it runs at document_idle) before reading. */
const QUIET_MS = 1500;

async function scriptDurationMs(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(QUIET_MS);
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  await page.close();
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? NaN) * 1000;
}

/** `runs` alternated loads of each page with the extension at work and without. */
export async function scriptCosts(context: BrowserContext, names: string[], runs: number): Promise<ScriptCost[]> {
  const out: ScriptCost[] = [];
  for (const name of names) {
    const cost: ScriptCost = { page: name, withMs: [], withoutMs: [] };
    for (let i = 0; i < runs; i++) {
      cost.withMs.push(await scriptDurationMs(context, `http://bench.example.gov.cn/${name}.html`));
      cost.withoutMs.push(await scriptDurationMs(context, `http://bench.example.org/${name}.html`));
    }
    out.push(cost);
  }
  return out;
}
