// @vitest-environment jsdom
// The popup rendered in a DOM against a fake tab: every state, the actions and their messages,
// and page text kept as text.
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import createDOMPurify from 'dompurify';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExportFile } from '../../../components/popup/export-file';
import { PopupApp } from '../../../components/popup/popup-app';
import type { Lang } from '../../../lib/i18n/lang';
import { FakeTab, TITLE, XSS_MESSAGE, cleanPage, noSleep, notReportPage, samplePage } from './sample';

const GOV = 'https://www.fenglin.gov.cn/xxgk/ndbg/t20230118_1.html';
const OTHER = 'https://www.example.com/report.html';

let root: HTMLElement | null = null;

afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = null;
});

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
}

async function open(tab: FakeTab, { lang = 'zh' as Lang, search = '', dashboards = [] as string[], viewed = [] as string[] } = {}) {
  const downloads: ExportFile[] = [];
  root = document.createElement('div');
  document.body.append(root);
  await act(() => {
    render(h(PopupApp, {
      api: tab.api, search, lang, sleep: noSleep,
      exportDeps: () => ({ sanitize: createDOMPurify(window) }),
      download: (f: ExportFile) => { downloads.push(f); },
      openDashboard: async (url: string) => { dashboards.push(url); },
      openViewer: async (url: string) => { viewed.push(url); },
    }), root!);
  });
  await settle();
  return { downloads };
}

const $ = (sel: string) => root!.querySelector<HTMLElement>(sel);
const $$ = (sel: string) => [...root!.querySelectorAll<HTMLElement>(sel)];
const state = () => $('[data-testid="state"]')!.dataset.state;

async function click(el: HTMLElement | null) {
  expect(el).not.toBeNull();
  await act(() => { el!.click(); });
  await settle();
}

describe('a report', () => {
  it('shows the report, the counts with icons and words, and the groups in order', async () => {
    const tab = new FakeTab(GOV);
    tab.auditor = { frameId: 0, state: samplePage() };
    await open(tab);
    expect(state()).toBe('report');
    expect($('[data-testid="report-title"]')!.textContent).toBe(TITLE);
    const facts = $('.facts')!.textContent!;
    for (const s of ['丰林市市场监督管理局', '2022 年度', '2021 版', '2023-01-18', '2023-01-16', GOV]) expect(facts).toContain(s);
    expect($('[data-testid="count-error"]')!.textContent).toBe('✖4错误');
    expect($('[data-testid="count-warning"]')!.dataset.count).toBe('1');
    expect($('[data-testid="count-info"]')!.textContent).toBe('ℹ1提示');
    expect($('.counts-more')!.textContent).toBe('其中 1 项需人工核对；已忽略 1 项');
    expect($$('[data-testid="group"]').map((g) => `${g.dataset.kind}:${g.dataset.rule}`)).toEqual([
      'fail:t3-balance', 'fail:t3-row-total', 'fail:date-late', 'fail:label-variant', 'review:t4-direct-total', 'dismissed:cell-negative',
    ]);
    const open_ = $$('[data-testid="group"]').map((g) => (g as HTMLDetailsElement).open);
    expect(open_).toEqual([true, true, true, true, false, false]);
    expect($$('[data-testid="finding"]').map((f) => f.dataset.findingId)).toEqual([
      '0000000b', '00000010', '0000000c', '0000000a', '0000000d', '0000000e', '0000000f',
    ]);
    expect($('[data-testid="disclaimer"]')!.textContent).toContain('自动检查不能代替人工阅读报告');
    expect($$('[data-testid^="export-"]').map((b) => b.dataset.testid)).toEqual(['export-csv', 'export-json', 'export-html']);
  });

  it('shows expected and actual, and page text as text only', async () => {
    const tab = new FakeTab(GOV);
    const page = samplePage();
    page.result.report.title = '<img src=x onerror=alert(1)>年报';
    tab.auditor = { frameId: 0, state: page };
    await open(tab);
    const item = $('[data-finding-id="0000000c"]')!;
    expect(item.querySelector('.finding-message')!.textContent).toBe(XSS_MESSAGE);
    expect(item.querySelector('.finding-values')!.textContent).toBe('应为 70实际 空白');
    expect($('[data-testid="report-title"]')!.textContent).toBe('<img src=x onerror=alert(1)>年报');
    expect(root!.querySelector('img, script')).toBeNull();
  });

  it('focuses a finding in its frame when clicked', async () => {
    const tab = new FakeTab(GOV);
    tab.auditor = { frameId: 2, state: samplePage() };
    await open(tab);
    await click($('[data-finding-id="0000000c"] .finding-focus'));
    expect(tab.sent.at(-1)).toEqual({ to: 'page', tabId: 7, frameId: 2, message: { type: 'focus-finding', id: '0000000c' } });
    expect($('[data-testid="notice"]')!.textContent).toBe('');
  });

  it('says so when the page cannot show a finding', async () => {
    const tab = new FakeTab(GOV);
    tab.auditor = { frameId: 0, state: samplePage() };
    await open(tab);
    tab.override['focus-finding'] = () => ({ ok: false });
    await click($('[data-finding-id="0000000a"] .finding-focus'));
    expect($('[data-testid="notice"]')!.textContent).toContain('无法在页面上定位');
    expect(state()).toBe('report');
  });

  it('the switch starts from the page and sends set-highlights; a failure puts it back', async () => {
    const tab = new FakeTab(GOV);
    tab.auditor = { frameId: 0, state: samplePage({ highlights: false }) };
    await open(tab);
    const sw = $('[data-testid="highlight-switch"]') as HTMLInputElement;
    expect(sw.getAttribute('role')).toBe('switch');
    expect(sw.closest('label')!.textContent).toContain('显示标记');
    expect(sw.checked).toBe(false);
    await click(sw);
    expect(tab.pageMessages().at(-1)).toBe('set-highlights:true');
    expect(sw.checked).toBe(true);
    tab.override['set-highlights'] = () => { throw new Error('gone'); };
    await click(sw);
    expect(sw.checked).toBe(true);
    expect($('[data-testid="notice"]')!.textContent).not.toBe('');
  });

  it('restores a dismissed finding and shows the new state', async () => {
    const tab = new FakeTab(GOV);
    tab.auditor = { frameId: 0, state: samplePage() };
    await open(tab);
    const dismissed = $('[data-kind="dismissed"]')!;
    expect(dismissed.textContent).toContain('忽略原因：已知悉接受（2026-11-20）');
    await click(dismissed.querySelector<HTMLElement>('[data-testid="restore"]'));
    expect(tab.pageMessages().slice(-2)).toEqual(['restore:0000000f', 'get-state']);
    expect($('[data-kind="dismissed"]')).toBeNull();
    expect($('[data-rule="cell-negative"][data-kind="fail"]')).not.toBeNull();
    expect($('[data-testid="count-error"]')!.dataset.count).toBe('5');
    expect(document.activeElement).toBe($('[data-finding-id="0000000f"] .finding-focus'));
  });

  it('exports CSV, JSON and the HTML report named after the report', async () => {
    const tab = new FakeTab(GOV);
    tab.auditor = { frameId: 0, state: samplePage() };
    const { downloads } = await open(tab);
    for (const fmt of ['csv', 'json', 'html']) await click($(`[data-testid="export-${fmt}"]`));
    expect(downloads.map((d) => d.name)).toEqual([`${TITLE}-审核结果.csv`, `${TITLE}-审核结果.json`, `${TITLE}-审核结果.html`]);
    expect(downloads[2]!.text).not.toMatch(/<img|<script>alert/);
  });

  it('in English when the browser is not Chinese', async () => {
    const tab = new FakeTab(GOV);
    tab.auditor = { frameId: 0, state: samplePage() };
    await open(tab, { lang: 'en' });
    expect($('[data-testid="count-error"]')!.textContent).toBe('✖4Error');
    expect($('[data-testid="highlight-switch"]')!.closest('label')!.textContent).toContain('Show marks');
    expect($('[data-testid="disclaimer"]')!.textContent).toBe('Automated checks do not replace reading the report.');
  });
});

describe('the other states', () => {
  it('clean: 未发现问题 and what was checked', async () => {
    const tab = new FakeTab(GOV);
    tab.auditor = { frameId: 0, state: cleanPage() };
    await open(tab);
    expect(state()).toBe('clean');
    expect($('[data-testid="clean"]')!.textContent).toContain('未发现问题');
    const checks = $('[data-testid="checks"]') as HTMLDetailsElement;
    expect(checks.open).toBe(true);
    expect(checks.textContent).toContain('共运行 5 条规则，检查 32 项');
    expect(checks.textContent).toContain('表三行合计');
    expect($('[data-testid="export-csv"]')).not.toBeNull();
  });

  it('the across-years rules, last year unknown, are listed as not run and why', async () => {
    const tab = new FakeTab(GOV);
    const page = cleanPage();
    page.result.checks.push({ rule: 'x-carry-over', checked: 0, failed: 0, review: 0, notRun: 'needs-previous' });
    tab.auditor = { frameId: 0, state: page };
    await open(tab);
    const row = $('[data-testid="checks"] [data-rule="x-carry-over"]')!;
    expect(row.getAttribute('data-not-run')).toBe('needs-previous');
    expect(row.textContent).toContain('未运行：需要上一年度报告');
    expect($('[data-testid="checks"]')!.textContent).toContain('共运行 5 条规则');
  });

  it('not a report (detector), with "audit this page anyway"', async () => {
    const tab = new FakeTab(GOV);
    tab.detector = { candidate: false };
    tab.onAudit = () => samplePage();
    await open(tab);
    expect(state()).toBe('not-report');
    expect(root!.textContent).toContain('不是政府信息公开工作年度报告');
    await click($('[data-testid="audit-page"]'));
    expect(tab.sent.some((s) => s.to === 'background' && s.message.type === 'audit-tab')).toBe(true);
    expect(state()).toBe('report');
  });

  it('a page that lists annual reports: says how many and opens the dashboard on it', async () => {
    const LIST = 'https://www.fenglin.gov.cn/xxgk/ndbg/index.html';
    const tab = new FakeTab(LIST);
    tab.detector = { candidate: false };
    tab.listed = { url: LIST, reports: 12, contentType: 'text/html', attachments: [] };
    const dashboards: string[] = [];
    await open(tab, { dashboards });
    expect(state()).toBe('not-report');
    const panel = $('[data-testid="list-page"]')!;
    expect(panel.textContent).toContain('本页列出 12 份年度报告');
    await click($('[data-testid="audit-list"]'));
    expect(dashboards).toEqual([LIST]);
  });

  it('a page that links one report or none is not offered to the dashboard', async () => {
    for (const listed of [{ url: GOV, reports: 1, contentType: 'text/html', attachments: [] }, null]) {
      const tab = new FakeTab(GOV);
      tab.detector = { candidate: false };
      tab.listed = listed;
      await open(tab);
      expect(state()).toBe('not-report');
      expect($('[data-testid="list-page"]')).toBeNull();
      render(null, root!);
      root!.remove();
    }
    root = null;
  });

  it('a report page that attaches its files: offers each PDF and Word file to the viewer, names .doc as unsupported', async () => {
    const tab = new FakeTab(GOV);
    tab.auditor = { frameId: 0, state: samplePage() };
    const pdf = 'https://www.fenglin.gov.cn/xxgk/ndbg/P020230118.pdf';
    tab.listed = {
      url: GOV, reports: 0, contentType: 'text/html', attachments: [
        { url: pdf, name: '2022年度报告（全真版）.pdf', format: 'pdf' },
        { url: 'https://www.fenglin.gov.cn/xxgk/ndbg/P020230118.doc', name: '2022年度报告.doc', format: 'doc' },
      ],
    };
    const viewed: string[] = [];
    await open(tab, { viewed });
    expect(state()).toBe('report');
    const buttons = $$('[data-testid="audit-attachment"]');
    expect(buttons.map((b) => b.textContent)).toEqual(['审核附件：2022年度报告（全真版）.pdf']);
    expect($('[data-testid="attachment-unsupported"]')!.textContent).toBe('2022年度报告.doc（.doc 格式暂不支持）');
    await click(buttons[0]!);
    expect(viewed).toEqual([pdf]);
  });

  it('a tab that shows a PDF itself: offers it to the viewer', async () => {
    const pdf = 'https://www.fenglin.gov.cn/xxgk/ndbg/P020230118.pdf?v=2';
    const tab = new FakeTab(pdf);
    tab.scriptable = false;
    const viewed: string[] = [];
    await open(tab, { viewed });
    expect(state()).toBe('document');
    expect($('[data-testid="audit-document"]')!.textContent).toBe('审核此 PDF');
    await click($('[data-testid="audit-document"]'));
    expect(viewed).toEqual([pdf]);
  });

  it('a PDF shown at an address that does not say so (a download script): told by its content type', async () => {
    const src = 'https://www.fenglin.gov.cn/module/download/downfile.jsp?fileid=9';
    const tab = new FakeTab(src);
    tab.detector = { candidate: false };
    tab.listed = { url: src, reports: 0, contentType: 'application/pdf', attachments: [] };
    const viewed: string[] = [];
    await open(tab, { viewed });
    expect($('[data-testid="audit-page"]')).toBeNull();
    await click($('[data-testid="audit-document"]'));
    expect(viewed).toEqual([src]);
  });

  it('not a report (auditor), and still not after auditing anyway', async () => {
    const tab = new FakeTab(OTHER);
    tab.auditor = { frameId: 0, state: notReportPage() };
    tab.onAudit = () => notReportPage();
    await open(tab);
    expect(state()).toBe('not-report');
    expect($('.panel-still')).toBeNull();
    await click($('[data-testid="audit-page"]'));
    expect(state()).toBe('not-report');
    expect($('.panel-still')).not.toBeNull();
  });

  it('waits for the auditor while the detector has seen a candidate', async () => {
    const tab = new FakeTab(GOV);
    tab.detector = { candidate: true };
    tab.onAudit = () => samplePage();
    tab.startDelay = 3;
    await tab.api.runtime.sendMessage({ type: 'audit-tab', tabId: 7 }); // the background injects by itself
    tab.sent.length = 0;
    await open(tab);
    expect(state()).toBe('report');
  });

  it('reload: nobody answered on a gov.cn page', async () => {
    const tab = new FakeTab(GOV);
    await open(tab);
    expect(state()).toBe('reload');
    expect(root!.textContent).toContain('请刷新页面后再审核');
  });

  it('outside: audit this page, then poll until the auditor answers', async () => {
    const tab = new FakeTab(OTHER);
    tab.onAudit = () => cleanPage();
    tab.startDelay = 2;
    await open(tab);
    expect(state()).toBe('outside');
    expect(root!.textContent).toContain('审核此页');
    await click($('[data-testid="audit-page"]'));
    expect(state()).toBe('clean');
    expect(tab.sent.filter((s) => s.to === 'background' && s.message.type === 'tab-frames').length).toBeGreaterThanOrEqual(3);
  });

  it('outside: a page the browser will not let us audit is an error, in words', async () => {
    const tab = new FakeTab('chrome://extensions/');
    await open(tab);
    await click($('[data-testid="audit-page"]'));
    expect(state()).toBe('error');
    expect($('[data-testid="error-message"]')!.textContent).toContain('无法审核此页');
    expect($('.error-detail pre')!.textContent).toContain('Cannot access contents of the page.');
  });

  it('uses ?tabId=N', async () => {
    const tab = new FakeTab(GOV);
    tab.auditor = { frameId: 0, state: samplePage() };
    await open(tab, { search: '?tabId=7' });
    expect(state()).toBe('report');
    await open(new FakeTab(GOV), { search: '?tabId=99' });
    expect(state()).toBe('error');
  });

  it('a reply that fails validation is an error, never a blank popup; retry recovers', async () => {
    const tab = new FakeTab(GOV);
    tab.auditor = { frameId: 0, state: samplePage() };
    tab.override['get-state'] = () => ({ url: 1 });
    await open(tab);
    expect(state()).toBe('error');
    expect($('[data-testid="error-message"]')!.textContent).toBe('页面中的审核程序的回复格式不正确。');
    expect($('[data-testid="disclaimer"]')).not.toBeNull();
    delete tab.override['get-state'];
    await click($('[data-testid="retry"]'));
    expect(state()).toBe('report');
  });

  it('a background that does not answer is an error', async () => {
    const tab = new FakeTab(GOV);
    tab.override['tab-frames'] = () => { throw new Error('Could not establish connection. Receiving end does not exist.'); };
    await open(tab);
    expect(state()).toBe('error');
    expect($('[data-testid="error-message"]')!.textContent).toBe('未能与扩展后台通信。');
  });
});
