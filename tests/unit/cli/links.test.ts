// --links on loopback, the "Done when": a list page linking reports over two list pages
// (the second saved in GBK; one report GBK-encoded, one dead link, one notice that is not a
// report, one report linked twice) gives one entry per linked report with the findings of that
// report's file audited alone, an error entry for the dead link, nothing else, and exit status 1.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../lib/cli/main';
import type { AuditResult } from '../../../lib/result/schema';
import { BatchEntrySchema } from '../../../lib/export/batch-entry-schema';
import { FIXTURE_NOW, PAGES_DIR } from '../../support/fixtures';

const LISTS = fileURLToPath(new URL('../../fixtures/lists/', import.meta.url));

/** Path on the server → the file it serves. */
const SERVED: Record<string, string> = {
  '/xxgk/ndbg/index.html': `${LISTS}cli-list.html`,
  '/xxgk/ndbg/index_1.html': `${LISTS}cli-list-2.html`,
  '/xxgk/ndbg/notice.html': `${PAGES_DIR}not-report-news.html`,
  '/xxgk/ndbg/reports/huzhu-2024.html': `${PAGES_DIR}seed-002-huzhu-2024.html`,
  '/xxgk/ndbg/reports/wuzhong-2020.html': `${PAGES_DIR}seed-001-wuzhong-2020.html`,
  '/xxgk/ndbg/reports/ningan-2023.html': `${PAGES_DIR}clean-2021-city-bureau.html`,
};

const requested: string[] = [];
const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  requested.push(path);
  const file = SERVED[path];
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/html' });
    res.end('<h1>404</h1>');
    return;
  }
  // No charset in the header: each page is read by its own <meta>, as many portals need.
  res.writeHead(200, { 'content-type': 'text/html' });
  res.end(readFileSync(file));
});
let base = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/xxgk/ndbg/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t), now: FIXTURE_NOW });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** What a result says about its report, apart from where and when it was read. */
function findingsOf(r: AuditResult) {
  return { report: r.report, summary: r.summary, findings: r.findings, checks: r.checks };
}

describe('xxgk-audit --links', () => {
  it('audits every linked report once, over both list pages, with an error entry for the dead link', async () => {
    const { code, out, err } = await run(['--json', '--links', `${base}index.html`]);
    expect(code).toBe(1);
    const entries = BatchEntrySchema.array().parse(JSON.parse(out));
    expect(entries.map((e) => e.source)).toEqual([
      `${base}reports/huzhu-2024.html`, `${base}reports/wuzhong-2020.html`, `${base}reports/ningan-2023.html`, `${base}reports/gone-2022.html`,
    ]);
    expect(entries[3]).toMatchObject({ error: { code: 'not-found' } });
    expect(err).toContain(`${base}reports/gone-2022.html`);
    expect(requested).not.toContain('/xxgk/ndbg/notice.html');
    expect(requested.filter((p) => p === '/xxgk/ndbg/reports/huzhu-2024.html')).toHaveLength(1);

    const files = ['seed-002-huzhu-2024', 'seed-001-wuzhong-2020', 'clean-2021-city-bureau'].map((n) => `${PAGES_DIR}${n}.html`);
    const alone = BatchEntrySchema.array().parse(JSON.parse((await run(['--json', ...files])).out)) as AuditResult[];
    (entries.slice(0, 3) as AuditResult[]).forEach((r, i) => expect(findingsOf(r)).toEqual(findingsOf(alone[i]!)));
    expect((entries[1] as AuditResult).report.agency).toBe('吴忠市教育局');
  });

  it('makes a list page that cannot be read an error entry, and audits the other lists', async () => {
    const { code, out } = await run(['--json', '--links', `${base}missing-list.html`, `${base}index_1.html`]);
    expect(code).toBe(1);
    const entries = BatchEntrySchema.array().parse(JSON.parse(out));
    expect(entries[0]).toMatchObject({ source: `${base}missing-list.html`, error: { code: 'not-found' } });
    expect(entries.slice(1).map((e) => e.source)).toEqual([
      // The second page first, then the first page it links back to.
      `${base}reports/ningan-2023.html`, `${base}reports/gone-2022.html`, `${base}reports/huzhu-2024.html`, `${base}reports/wuzhong-2020.html`,
    ]);
  });

  it('counts the batch in the text totals', async () => {
    const { out } = await run(['--links', `${base}index.html`]);
    expect(out.trimEnd().split('\n').at(-1)).toMatch(/^合计：报告 3 份 · 无法读取 1 个 · /);
    expect(out).toContain(`== ${base}reports/gone-2022.html\n  无法读取：`);
  });
});
