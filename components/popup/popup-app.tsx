// The popup: finds the tab, reads what the page found, shows it, and turns the auditor's clicks
// into messages (page-link.ts). The states are in view-state.ts.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ExportDeps, ExportFormat } from '../../lib/export';
import type { Lang } from '../../lib/i18n/lang';
import { format } from '../../lib/i18n/lang';
import { ui } from '../../lib/i18n/ui';
import type { ExportFile } from './export-file';
import { actionFailureText } from './labels';
import { exportInputOf, renderExport } from './export-file';
import type { PageLinkApi, Probe, Target } from './page-link';
import {
  auditTab, findTarget, focusFinding, messageOf, probeUntil, reloadTab, restoreFinding, setHighlights,
} from './page-link';
import { CleanView, ReportView } from './report-view';
import type { ReportActions } from './report-view';
import { ErrorPanel, LoadingPanel, NotReportPanel, OutsidePanel, ReloadPanel } from './status-panels';
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
}

export function PopupApp({ api, search, lang, exportDeps, download, sleep, poll = POLL }: PopupAppProps) {
  const [view, setView] = useState<View>({ state: 'loading' });
  const [highlights, setHighlightsOn] = useState(true);
  const [notice, setNotice] = useState<string | null>(null);
  const [triedAnyway, setTriedAnyway] = useState(false);
  const target = useRef<Target | null>(null);
  const root = useRef<HTMLElement>(null);
  /** A restored finding: keyboard focus moves to it once the new state is shown (its Restore
   * button is gone). */
  const focusAfter = useRef<string | null>(null);

  const fail = useCallback((e: unknown) => setNotice(actionFailureText(e, lang)), [lang]);

  /** Probes until `settled` (or the plan runs out) and shows the answer. */
  const refresh = useCallback(async (settled: (p: Probe) => boolean, plan: PollPlan) => {
    try {
      const t = target.current ?? (target.current = await findTarget(api, search));
      const answer = await probeUntil(api, t.tabId, settled, { ...plan, sleep });
      const next = deriveView(answer, t.url);
      if (next.state === 'report' || next.state === 'clean') setHighlightsOn(next.page.highlights);
      setView(next);
    } catch (e) {
      setView(errorView(e));
    }
  }, [api, search, sleep]);

  useEffect(() => {
    void refresh(settledOnOpen, poll.open);
  }, [refresh, poll]);

  useEffect(() => {
    const id = focusAfter.current;
    if (!id || !root.current) return;
    focusAfter.current = null;
    const item = [...root.current.querySelectorAll<HTMLElement>('[data-testid="finding"]')].find((el) => el.dataset.findingId === id);
    item?.querySelector<HTMLElement>('.finding-focus')?.focus();
  }, [view]);

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
  };

  return (
    <main ref={root} class="popup" data-testid="state" data-state={view.state} aria-busy={view.state === 'loading'}>
      <p class="app-name">{ui('popupAppName', lang)}</p>
      {view.state === 'loading' && <LoadingPanel working={view.working === true} lang={lang} />}
      {view.state === 'report' && <ReportView page={view.page} highlights={highlights} lang={lang} actions={actions} />}
      {view.state === 'clean' && <CleanView page={view.page} lang={lang} onExport={actions.onExport} />}
      {view.state === 'not-report' && <NotReportPanel triedAnyway={triedAnyway && view.by === 'auditor'} onAudit={audit} lang={lang} />}
      {view.state === 'reload' && <ReloadPanel onReload={reload} lang={lang} />}
      {view.state === 'outside' && <OutsidePanel onAudit={audit} lang={lang} />}
      {view.state === 'error' && <ErrorPanel view={view} onRetry={retry} lang={lang} />}
      <p class="notice" role="status" data-testid="notice">{notice}</p>
      <p class="disclaimer" data-testid="disclaimer">{ui('popupDisclaimer', lang)}</p>
    </main>
  );
}
