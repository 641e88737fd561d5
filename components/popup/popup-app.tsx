// The popup and the side panel: finds the tab, reads what the page found, shows it, and turns the
// auditor's clicks into messages (page-link.ts). The states are in view-state.ts. The side panel
// stays open, so it follows the tabs (`watch`): another tab activated, the tab loaded again, the
// page audited again.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ExportDeps, ExportFormat } from '../../lib/export';
import type { Lang } from '../../lib/i18n/lang';
import { format } from '../../lib/i18n/lang';
import { ui } from '../../lib/i18n/ui';
import { dismissalExport, readDismissalFile } from '../sidepanel/dismissal-file';
import type { TabWatch } from '../sidepanel/tab-watch';
import type { ExportFile } from './export-file';
import { actionFailureText } from './labels';
import { exportInputOf, renderExport } from './export-file';
import type { PageLinkApi, Probe, Target } from './page-link';
import {
  auditTab, dismissFinding, findTarget, focusFinding, importDismissals, messageOf, probeList, probeUntil, reloadTab, restoreFinding,
  setHighlights, tabIdFromSearch,
} from './page-link';
import { CleanView, ReportView } from './report-view';
import type { ReportActions, Surface } from './report-view';
import { AttachmentsPanel, DocumentPanel, ErrorPanel, ListPanel, LoadingPanel, NotReportPanel, OutsidePanel, ReloadPanel } from './status-panels';
import type { ListProbe } from '../shared/list-probe';
import type { View } from './view-state';
import { deriveView, errorView, frameOf, settledAfterAudit, settledAfterReload, settledOnOpen } from './view-state';

export interface PollPlan {
  attempts: number;
  delayMs: number;
}

/** How long to wait for the page: on opening (the auditor may be starting), after "audit this
 * page" and after a reload (the page loads first). */
export const POLL = {
  open: { attempts: 5, delayMs: 150 },
  audit: { attempts: 10, delayMs: 150 },
  reload: { attempts: 20, delayMs: 250 },
} satisfies Record<string, PollPlan>;

export interface PopupAppProps {
  api: PageLinkApi;
  /** The popup's location.search (for the ?tabId= test hook). */
  search: string;
  lang: Lang;
  /** Made on first export (DOMPurify over the popup's window). */
  exportDeps: () => ExportDeps;
  download: (file: ExportFile) => void;
  sleep?: (ms: number) => Promise<void>;
  poll?: typeof POLL;
  /** Default: the popup. */
  surface?: Surface;
  /** The popup's "open in the side panel" (browser.sidePanel.open); absent without a side panel. */
  openPanel?: (tabId: number) => Promise<void>;
  /** Opens the library page in a tab. */
  openLibrary?: () => Promise<unknown>;
  /** The side panel's view of tab changes. */
  watch?: TabWatch;
  /** Opens the dashboard on a list page of reports (dashboard.html?list=…) in a tab. */
  openDashboard?: (listUrl: string) => Promise<unknown>;
  /** Opens a PDF or a Word file in the viewer (viewer.html?src=…) in a tab. */
  openViewer?: (src: string) => Promise<unknown>;
}

/** A page that links at least this many annual reports is offered to the dashboard. */
const LIST_MIN_REPORTS = 2;

export function PopupApp({ api, search, lang, exportDeps, download, sleep, poll = POLL, surface = 'popup', openPanel, openLibrary, watch, openDashboard, openViewer }: PopupAppProps) {
  const [view, setView] = useState<View>({ state: 'loading' });
  const [list, setList] = useState<ListProbe | null>(null);
  const [highlights, setHighlightsOn] = useState(true);
  const [notice, setNotice] = useState<string | null>(null);
  const [triedAnyway, setTriedAnyway] = useState(false);
  const target = useRef<Target | null>(null);
  const root = useRef<HTMLElement>(null);
  /** A restored finding: keyboard focus moves to it once the new state is shown (its Restore
   * button is gone). */
  const focusAfter = useRef<string | null>(null);

  const fail = useCallback((e: unknown) => setNotice(actionFailureText(e, lang)), [lang]);

  /** Counts refreshes: only the latest one's answer is shown (the panel may ask again, for
   *  another tab, while an answer is on its way). */
  const asked = useRef(0);

  /** Probes until `settled` (or the plan runs out) and shows the answer. */
  const refresh = useCallback(async (settled: (p: Probe) => boolean, plan: PollPlan) => {
    const mine = ++asked.current;
    try {
      const t = target.current ?? (target.current = await findTarget(api, search));
      const answer = await probeUntil(api, t.tabId, settled, { ...plan, sleep });
      if (mine !== asked.current) return;
      const next = deriveView(answer, t.url);
      if (next.state === 'report' || next.state === 'clean') setHighlightsOn(next.page.highlights);
      setView(next);
    } catch (e) {
      if (mine === asked.current) setView(errorView(e));
    }
  }, [api, search, sleep]);

  useEffect(() => {
    void refresh(settledOnOpen, poll.open);
  }, [refresh, poll]);

  useEffect(() => watch?.((change) => {
    if (change.kind === 'activated') {
      // `?tabId=N` pins the tab (the test hook); otherwise the panel follows the active tab.
      if (tabIdFromSearch(search) !== null) return;
      target.current = null;
      setNotice(null);
      void refresh(settledOnOpen, poll.open);
    } else if (change.tabId === target.current?.tabId) {
      if (change.kind === 'loaded') target.current = null; // a new page: its URL too
      void refresh(change.kind === 'loaded' ? settledAfterReload : settledOnOpen, change.kind === 'loaded' ? poll.reload : poll.open);
    }
  }), [watch, refresh, search, poll]);

  useEffect(() => {
    const id = focusAfter.current;
    if (!id || !root.current) return;
    focusAfter.current = null;
    const item = [...root.current.querySelectorAll<HTMLElement>('[data-testid="finding"]')].find((el) => el.dataset.findingId === id);
    item?.querySelector<HTMLElement>('.finding-focus')?.focus();
  }, [view]);

  // A page may list reports or attach a report's file: ask it, once per view.
  useEffect(() => {
    setList(null);
    if ((!openDashboard && !openViewer) || !['report', 'clean', 'not-report', 'outside', 'reload'].includes(view.state) || !target.current) return;
    let live = true;
    void probeList(api, target.current.tabId).then((p) => { if (live) setList(p); });
    return () => { live = false; };
  }, [api, view, openDashboard, openViewer]);

  const tabId = () => target.current!.tabId;
  const frameId = frameOf(view);

  const audit = async () => {
    setNotice(null);
    setTriedAnyway(true);
    setView({ state: 'loading', working: true });
    try {
      if (!target.current) target.current = await findTarget(api, search);
      await auditTab(api, tabId());
    } catch (e) {
      setView(errorView(e));
      return;
    }
    await refresh(settledAfterAudit, poll.audit);
  };

  const reload = async () => {
    setNotice(null);
    setView({ state: 'loading' });
    try {
      if (!target.current) target.current = await findTarget(api, search);
      await reloadTab(api, tabId());
    } catch (e) {
      setView(errorView(e));
      return;
    }
    await refresh(settledAfterReload, poll.reload);
  };

  const retry = () => {
    setNotice(null);
    setView({ state: 'loading' });
    void refresh(settledOnOpen, poll.open);
  };

  const actions: ReportActions = {
    onFocus: (id) => {
      if (frameId === null) return;
      setNotice(null);
      focusFinding(api, tabId(), frameId, id).catch(fail);
    },
    onHighlights: (on) => {
      if (frameId === null) return;
      setNotice(null);
      setHighlightsOn(on);
      setHighlights(api, tabId(), frameId, on).catch((e: unknown) => {
        setHighlightsOn(!on);
        fail(e);
      });
    },
    onDismiss: (id, reason, note) => {
      if (frameId === null) return;
      setNotice(null);
      dismissFinding(api, tabId(), frameId, id, reason, note)
        .then(() => {
          focusAfter.current = id;
          return refresh(settledOnOpen, poll.open);
        })
        .catch(fail);
    },
    onRestore: (id) => {
      if (frameId === null) return;
      setNotice(null);
      restoreFinding(api, tabId(), frameId, id)
        .then(() => {
          focusAfter.current = id;
          return refresh(settledOnOpen, poll.open);
        })
        .catch(fail);
    },
    onExport: (fmt: ExportFormat) => {
      if (view.state !== 'report' && view.state !== 'clean') return;
      setNotice(null);
      try {
        download(renderExport(fmt, exportInputOf(view.page, lang), exportDeps()));
      } catch (e) {
        setNotice(format(ui('popupExportFailed', lang), { detail: messageOf(e) }));
      }
    },
    onOpenPanel: openPanel && (() => {
      if (!target.current) return;
      setNotice(null);
      openPanel(target.current.tabId).catch(fail);
    }),
    onOpenLibrary: openLibrary && (() => {
      setNotice(null);
      openLibrary().catch(fail);
    }),
    onExportDismissals: () => {
      if (view.state !== 'report') return;
      setNotice(null);
      download(dismissalExport(view.page, lang));
    },
    onImportDismissals: (text) => {
      if (frameId === null) return;
      const read = readDismissalFile(text, lang);
      if (!read.ok) {
        setNotice(format(ui('panelImportFailed', lang), { detail: read.error }));
        return;
      }
      setNotice(null);
      importDismissals(api, tabId(), frameId, read.file.dismissals)
        .then(async (counts) => {
          await refresh(settledOnOpen, poll.open);
          setNotice(format(ui('panelImported', lang), counts));
        })
        .catch(fail);
    },
    onImportReadError: (e) => setNotice(format(ui('panelImportFailed', lang), { detail: messageOf(e) })),
  };

  return (
    <main ref={root} class={surface === 'panel' ? 'sidepanel' : 'popup'} data-testid="state" data-state={view.state} aria-busy={view.state === 'loading'}>
      <p class="app-name">{ui('popupAppName', lang)}</p>
      {view.state === 'loading' && <LoadingPanel working={view.working === true} lang={lang} />}
      {view.state === 'report' && <ReportView page={view.page} highlights={highlights} surface={surface} lang={lang} actions={actions} />}
      {view.state === 'clean' && <CleanView page={view.page} surface={surface} lang={lang} actions={actions} />}
      {list && list.reports >= LIST_MIN_REPORTS && openDashboard && (
        <ListPanel count={list.reports} lang={lang} onAuditAll={() => void openDashboard(list.url).catch(fail)} />
      )}
      {view.state === 'document' && openViewer && (
        <DocumentPanel kind={view.kind} lang={lang} onAudit={() => void openViewer(view.url).catch(fail)} />
      )}
      {list?.contentType === 'application/pdf' && view.state !== 'document' && openViewer && (
        <DocumentPanel kind="pdf" lang={lang} onAudit={() => void openViewer(list.url).catch(fail)} />
      )}
      {list && list.attachments.length > 0 && openViewer && (
        <AttachmentsPanel attachments={list.attachments} lang={lang} onAudit={(url) => void openViewer(url).catch(fail)} />
      )}
      {view.state === 'not-report' && list?.contentType !== 'application/pdf' && <NotReportPanel triedAnyway={triedAnyway && view.by === 'auditor'} onAudit={audit} lang={lang} />}
      {view.state === 'reload' && <ReloadPanel onReload={reload} lang={lang} />}
      {view.state === 'outside' && <OutsidePanel onAudit={audit} lang={lang} />}
      {view.state === 'error' && <ErrorPanel view={view} onRetry={retry} lang={lang} />}
      <p class="notice" role="status" data-testid="notice">{notice}</p>
      <p class="disclaimer" data-testid="disclaimer">{ui('popupDisclaimer', lang)}</p>
    </main>
  );
}
