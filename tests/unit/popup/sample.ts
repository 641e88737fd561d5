// A page's state as the auditor would hand it to the popup, and a fake tab that answers the
// protocol the way the background and the content scripts do.
import type { FrameState, PageState, PopupToBackground, ToPage } from '../../../components/shared/protocol';
import { PageStateSchema } from '../../../components/shared/protocol';
import type { PageLinkApi, TabInfo } from '../../../components/popup/page-link';
import { LIST_PROBE_KEY } from '../../../components/shared/list-probe';
import type { ListProbe } from '../../../components/shared/list-probe';
import type { Finding } from '../../../lib/result/schema';

export const TITLE = '丰林市市场监督管理局2022年政府信息公开工作年度报告';
export const XSS_MESSAGE = '<img src=x onerror="alert(1)">表三「予以公开」行<script>alert(2)</script>';

function finding(id: string, rule: string, severity: Finding['severity'], status: Finding['status'], extra: Partial<Finding> = {}): Finding {
  return {
    id, rule, severity, status, section: null, table: null, block: null, row: null, column: null,
    expected: null, actual: null, message: `${rule} 的说明`, cells: [], ...extra,
  };
}

export const FINDINGS: Finding[] = [
  finding('0000000a', 'date-late', 'warning', 'fail', { message: '发布日期为 2023-03-15，晚于公布期限 2023-03-31' }),
  finding('0000000b', 't3-balance', 'error', 'fail', {
    section: 'requests', table: 'requests', column: 'legal-service', expected: 14, actual: 15,
    message: '表三「法律服务机构」列：本年新收加上年结转为 14，办理结果总计加结转下年度为 15',
  }),
  finding('0000000c', 't3-row-total', 'error', 'fail', {
    section: 'requests', table: 'requests', row: 'granted', column: 'total', expected: 70, actual: null,
    message: XSS_MESSAGE,
  }),
  finding('0000000d', 'label-variant', 'info', 'fail', { section: 'proactive', table: 'proactive', block: 'art20-1' }),
  finding('0000000e', 't4-direct-total', 'error', 'review', { section: 'appeals', table: 'appeals', row: 'suit-direct', column: 'total' }),
  finding('0000000f', 'cell-negative', 'error', 'fail', { table: 'proactive', block: 'art20-1', actual: -7 }),
  finding('00000010', 't3-balance', 'error', 'fail', {
    section: 'requests', table: 'requests', column: 'total', expected: 167, actual: 168,
  }),
];

export function samplePage(over: Partial<PageState> = {}): PageState {
  const page: PageState = {
    url: 'https://www.fenglin.gov.cn/xxgk/ndbg/t20230118_1.html',
    pageTitle: '<b>页面</b>标题',
    result: {
      schema: 1,
      engine: '0.1.0',
      source: 'https://www.fenglin.gov.cn/xxgk/ndbg/t20230118_1.html',
      auditedAt: '2026-11-23T08:00:00.000Z',
      report: {
        isReport: true, title: TITLE, agency: '丰林市市场监督管理局', year: 2022, template: '2021',
        signedOn: '2023-01-16', publishedOn: '2023-01-18',
        sections: ['overview', 'proactive', 'requests', 'appeals', 'problems', 'other'],
        tables: ['proactive', 'requests', 'appeals'],
      },
      findings: FINDINGS.map((f) => ({ ...f })),
      checks: [
        { rule: 't3-row-total', checked: 23, failed: 1, review: 0 },
        { rule: 't3-balance', checked: 7, failed: 2, review: 0 },
        { rule: 'date-late', checked: 1, failed: 1, review: 0 },
        { rule: 't2-2019-count-nonneg', checked: 0, failed: 0, review: 0 },
        { rule: 'report-year-missing', checked: 1, failed: 0, review: 0 },
      ],
      summary: { error: 5, warning: 1, info: 1 },
      timing: { totalMs: 4.2 },
    },
    dismissals: [
      { findingId: '0000000f', reason: 'accepted', at: '2026-11-20T08:00:00.000Z' },
    ],
    highlights: true,
    snippets: { '0000000c': '<table><tr><td>予以公开</td><td><img src=x onerror=alert(1)>71</td></tr></table>' },
    ...over,
  };
  return PageStateSchema.parse(page);
}

export function cleanPage(): PageState {
  const page = samplePage({ dismissals: [] });
  page.result.findings = [];
  page.result.summary = { error: 0, warning: 0, info: 0 };
  page.result.checks = page.result.checks.map((c) => ({ ...c, failed: 0 }));
  return page;
}

export function notReportPage(): PageState {
  const page = samplePage({ dismissals: [], snippets: {} });
  page.result.report = { ...page.result.report, isReport: false, title: null, agency: null, year: null, template: 'unknown', signedOn: null, publishedOn: null, sections: [], tables: [] };
  page.result.findings = [];
  page.result.checks = [];
  page.result.summary = { error: 0, warning: 0, info: 0 };
  return page;
}

export const NO_RECEIVER = 'Could not establish connection. Receiving end does not exist.';

export type Sent =
  | { to: 'background'; message: PopupToBackground }
  | { to: 'page'; tabId: number; frameId: number; message: ToPage }
  /** scripting.executeScript in the content scripts' world. */
  | { to: 'script'; tabId: number; frameIds: number[] };

/**
 * One tab: a URL, maybe a detector (top frame), maybe an auditor in a frame. It answers like the
 * real scripts do: no content script → the message rejects; a detector answers ping only when it
 * found a candidate, and its verdict can always be read by scripting (unless `scriptable` is
 * false: a page the extension may not touch); the background lists the auditor's frame once it has
 * reported. `override` replaces the answer to one message type.
 */
export class FakeTab {
  readonly id = 7;
  url: string | undefined;
  detector: { candidate: boolean } | null = null;
  /** What the list probe finds in the page (a list of reports), once it has run there. */
  listed: ListProbe | null = null;
  private probed = false;
  scriptable = true;
  auditor: { frameId: number; state: PageState } | null = null;
  /** What "audit-tab" puts in the page (null: the background fails). */
  onAudit: (() => PageState) | null = null;
  /** How many probes the auditor takes to start after audit-tab (0: at once). */
  startDelay = 0;
  override: Partial<Record<ToPage['type'] | PopupToBackground['type'], () => unknown>> = {};
  readonly sent: Sent[] = [];
  private starting: { left: number; state: PageState } | null = null;

  constructor(url?: string) {
    this.url = url;
  }

  private frames(): FrameState[] {
    if (this.starting && this.starting.left-- <= 0) {
      this.auditor = { frameId: 0, state: this.starting.state };
      this.starting = null;
    }
    if (!this.auditor) return [];
    const r = this.auditor.state.result;
    return [{ frameId: this.auditor.frameId, isReport: r.report.isReport, title: r.report.title, summary: r.summary }];
  }

  readonly api: PageLinkApi = {
    runtime: {
      sendMessage: async (message) => {
        this.sent.push({ to: 'background', message });
        const o = this.override[message.type];
        if (o) return o();
        if (message.type === 'tab-frames') return { frames: this.frames() };
        if (!this.onAudit) return { ok: false, error: 'Cannot access contents of the page.' };
        this.starting = { left: this.startDelay, state: this.onAudit() };
        if (this.startDelay === 0) this.frames();
        return { ok: true };
      },
    },
    tabs: {
      query: async () => [{ id: this.id, url: this.url } satisfies TabInfo],
      get: async (tabId) => {
        if (tabId !== this.id) throw new Error(`No tab with id: ${tabId}.`);
        return { id: this.id, url: this.url };
      },
      reload: async () => {},
      sendMessage: async (tabId, message, { frameId }) => {
        this.sent.push({ to: 'page', tabId, frameId, message });
        const o = this.override[message.type];
        if (o) return o();
        const auditor = this.auditor && this.auditor.frameId === frameId ? this.auditor : null;
        if (!auditor) {
          if (frameId === 0 && this.detector?.candidate && message.type === 'ping') return { role: 'detector', candidate: true };
          throw new Error(NO_RECEIVER);
        }
        const state = auditor.state;
        switch (message.type) {
          case 'ping': return { role: 'auditor', candidate: state.result.report.isReport };
          case 'get-state': return structuredClone(state);
          case 'set-highlights': state.highlights = message.on; return { ok: true };
          case 'focus-finding': return { ok: state.result.findings.some((f) => f.id === message.id) };
          case 'restore':
            state.dismissals = state.dismissals.filter((d) => d.findingId !== message.id);
            return { ok: true };
          case 'dismiss': return { ok: true };
        }
      },
    },
    scripting: {
      executeScript: async (injection) => {
        const { target } = injection;
        this.sent.push({ to: 'script', tabId: target.tabId, frameIds: target.frameIds });
        if (!this.scriptable) throw new Error('Cannot access contents of the page.');
        if (injection.files) {
          this.probed = true;
          return [{}];
        }
        // The function runs in a world of its own: here, one where the detector left its metrics
        // and the list probe, once run, its answer.
        const { func, args } = injection;
        const world = globalThis as unknown as Record<string, unknown>;
        const saved = world[args[0]];
        world[args[0]] = args[0] === LIST_PROBE_KEY ? (this.probed ? this.listed ?? undefined : undefined)
          : this.detector ? { detectorStart: 1, candidate: this.detector.candidate } : undefined;
        try {
          return [{ result: func(...args) }];
        } finally {
          world[args[0]] = saved;
        }
      },
    },
  };

  /** The page messages sent, as `type` or `type:argument`. */
  pageMessages(): string[] {
    return this.sent.filter((s) => s.to === 'page').map((s) => {
      const m = s.message as ToPage;
      return m.type === 'set-highlights' ? `${m.type}:${m.on}` : 'id' in m ? `${m.type}:${m.id}` : m.type;
    });
  }
}

export const noSleep = () => Promise.resolve();
