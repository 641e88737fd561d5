// The dashboard's batch with fake readers: every linked report read once, at most `jobs` at a
// time, failures kept as entries, cancel and resume, reports of one body compared across years,
// each audited report kept; and the rows the table shows (sort, filter, progress).
import { describe, expect, it } from 'vitest';
import { audit } from '../../../lib/audit';
import { htmlSource } from '../../../lib/sources/html/source';
import { Batch, ReadError } from '../../../components/dashboard/batch';
import type { BatchDeps, BatchSnapshot } from '../../../components/dashboard/batch';
import { acrossYears, filterRows, jsonEntries, progressOf, rowOf, sortRows } from '../../../components/dashboard/entries';
import { loadDocument } from '../../support/fixtures';
import type { AuditedReport } from '../../../lib/years/with-previous';

const NOW = new Date('2026-11-23T00:00:00Z');
/** 宁安市生态环境局: 2023 (a clean page) and 2024, whose planted carry-over breaks against 2023. */
const YEARS = ['clean-2021-city-bureau', '../years/ningan-2024'];

function audited(name: string, source: string): AuditedReport {
  const { result, model } = audit(htmlSource(loadDocument(name)), { source, lang: 'zh', now: NOW });
  return { result, model };
}

/** Deps whose reads resolve when the test says so, recording what was asked and kept. */
function fakeDeps(links: { url: string; title: string }[], read: (url: string) => AuditedReport, jobs = 2) {
  const waiting: { url: string; go: () => void; fail: (e: unknown) => void }[] = [];
  const kept: string[] = [];
  let inFlight = 0;
  let most = 0;
  const deps: BatchDeps = {
    jobs, lang: 'zh', now: NOW,
    collect: async () => links,
    audit: (url, signal) => new Promise<AuditedReport>((resolve, reject) => {
      inFlight++;
      most = Math.max(most, inFlight);
      const done = () => { inFlight--; };
      signal.addEventListener('abort', () => { done(); reject(new Error('aborted')); });
      waiting.push({ url, go: () => { done(); try { resolve(read(url)); } catch (e) { reject(e); } }, fail: (e) => { done(); reject(e); } });
    }),
    keep: async (source) => { kept.push(source); },
  };
  return { deps, waiting, kept, most: () => most };
}

async function until(cond: () => boolean): Promise<void> {
  while (!cond()) await new Promise((r) => setImmediate(r));
}

describe('a batch', () => {
  it('reads every linked report once, two at a time, keeps failures as entries and compares years', async () => {
    const links = [
      { url: 'http://x.gov.cn/2023.html', title: '2023年报' },
      { url: 'http://x.gov.cn/dead.html', title: '2021年报' },
      { url: 'http://x.gov.cn/2024.html', title: '2024年报' },
    ];
    const files: Record<string, string> = { 'http://x.gov.cn/2023.html': YEARS[0]!, 'http://x.gov.cn/2024.html': YEARS[1]! };
    const f = fakeDeps(links, (url) => {
      if (!files[url]) throw new ReadError({ code: 'http', message: '服务器返回 404' });
      return audited(files[url]!, url);
    });
    const snaps: BatchSnapshot[] = [];
    const batch = new Batch('http://x.gov.cn/list.html', f.deps, (s) => snaps.push(s));
    const run = batch.run();
    await until(() => f.waiting.length === 2);
    expect(batch.snapshot().entries.map((e) => e.state)).toEqual(['reading', 'reading', 'queued']);
    f.waiting.shift()!.go();
    f.waiting.shift()!.go();
    await until(() => f.waiting.length === 1);
    f.waiting.shift()!.go();
    await run;
    expect(f.most()).toBe(2);
    const s = batch.snapshot();
    expect(s.state).toBe('done');
    expect(s.entries.map((e) => e.state)).toEqual(['done', 'failed', 'done']);
    expect(jsonEntries(s.entries)[1]).toEqual({ source: 'http://x.gov.cn/dead.html', error: { code: 'http', message: '服务器返回 404' } });
    // 2024 compared with 2023 of the same body, within the batch.
    const y = acrossYears(s.entries);
    expect(y.length).toBeGreaterThan(0);
    expect(y.every((i) => i.id.startsWith('http://x.gov.cn/2024.html#'))).toBe(true);
    expect(f.kept.sort()).toEqual(['http://x.gov.cn/2023.html', 'http://x.gov.cn/2024.html']);
    expect(snaps.map((x) => x.state).at(-1)).toBe('done');
  });

  it('cancels: nothing more is read; resume reads what was left, and only that', async () => {
    const links = YEARS.map((n, i) => ({ url: `http://x.gov.cn/${i}.html`, title: n }));
    const f = fakeDeps(links, (url) => audited(YEARS[Number(url.match(/(\d)\.html/)![1])]!, url), 1);
    const batch = new Batch('http://x.gov.cn/list.html', f.deps, () => {});
    const run = batch.run();
    await until(() => f.waiting.length === 1);
    f.waiting.shift()!.go();
    await until(() => f.waiting.length === 1);
    batch.cancel();
    await run;
    expect(batch.snapshot().state).toBe('cancelled');
    expect(batch.snapshot().entries.map((e) => e.state)).toEqual(['done', 'queued']);
    f.waiting.length = 0;
    const again = batch.run();
    await until(() => f.waiting.length === 1);
    expect(f.waiting[0]!.url).toBe('http://x.gov.cn/1.html');
    f.waiting.shift()!.go();
    await again;
    expect(batch.snapshot().state).toBe('done');
    expect(batch.snapshot().entries.map((e) => e.state)).toEqual(['done', 'done']);
  });

  it('a list page that cannot be read ends the batch with its reason and no entries', async () => {
    const deps: BatchDeps = {
      jobs: 2, lang: 'zh', collect: async () => { throw new ReadError({ code: 'timeout', message: '30 秒内未读完，已超时' }); },
      audit: async () => { throw new Error('never'); }, keep: async () => {},
    };
    const batch = new Batch('http://x.gov.cn/list.html', deps, () => {});
    await batch.run();
    expect(batch.snapshot()).toMatchObject({ state: 'done', entries: [], listError: { code: 'timeout' } });
  });
});

describe('the table', () => {
  const r1 = audited(YEARS[1]!, 'http://x.gov.cn/b.html');
  const r0 = audited(YEARS[0]!, 'http://x.gov.cn/a.html');
  const entries = [
    { source: 'http://x.gov.cn/b.html', linkTitle: 'b', state: 'done' as const, result: r1.result },
    { source: 'http://x.gov.cn/dead.html', linkTitle: '死链', state: 'failed' as const, error: { code: 'http' as const, message: '服务器返回 404' } },
    { source: 'http://x.gov.cn/a.html', linkTitle: 'a', state: 'done' as const, result: r0.result },
    { source: 'http://x.gov.cn/c.html', linkTitle: 'c', state: 'reading' as const },
  ];
  const rows = entries.map((e) => rowOf(e, 'zh', '不是年度报告'));

  it('shows each report\'s title, body, year, template and counts, or why it could not be read', () => {
    expect(rows[0]).toMatchObject({ title: r1.result.report.title, body: r1.result.report.agency, year: 2024, template: '2021 版', error: r1.result.summary.error });
    expect(rows[1]).toMatchObject({ title: '死链', problem: '服务器返回 404', state: 'failed' });
  });

  it('sorts by year either way, unknowns last; filters by words and by errors', () => {
    expect(sortRows(rows, 'year', false).map((r) => r.source)).toEqual(['http://x.gov.cn/a.html', 'http://x.gov.cn/b.html', 'http://x.gov.cn/dead.html', 'http://x.gov.cn/c.html']);
    expect(sortRows(rows, 'year', true).map((r) => r.source)).toEqual(['http://x.gov.cn/b.html', 'http://x.gov.cn/a.html', 'http://x.gov.cn/dead.html', 'http://x.gov.cn/c.html']);
    expect(filterRows(rows, { text: '死链', errorsOnly: false }).map((r) => r.source)).toEqual(['http://x.gov.cn/dead.html']);
    expect(filterRows(rows, { text: '', errorsOnly: true }).every((r) => r.error > 0)).toBe(true);
  });

  it('progress counts finished reports and names the one being read', () => {
    expect(progressOf(entries)).toEqual({ total: 4, finished: 3, current: 'c' });
  });
});
