// An audited report: its identity, the marks switch, the counts and the exports at the top, then
// the findings by group and what was checked. With no findings: 「未发现问题」 and what was checked.
// The popup and the side panel show the same view; the panel adds the list's tools and the
// dismissals file (components/sidepanel), the popup a button that opens the panel.
import type { ExportFormat } from '../../lib/export';
import type { Lang } from '../../lib/i18n/lang';
import { ui } from '../../lib/i18n/ui';
import type { PageState } from '../shared/protocol';
import type { FindingActions } from '../findings-list/finding-group';
import { groupFindings, openCounts } from '../findings-list/findings';
import { FindingsList } from '../findings-list/findings-list';
import { DismissalTools } from '../sidepanel/dismissal-tools';
import { ChecksList } from './checks-list';
import { ExportButtons } from './export-buttons';
import { HighlightSwitch } from './highlight-switch';
import { PreviousNotice } from './previous-notice';
import { ReportHeader } from './report-header';
import { SeverityCounts } from './severity-counts';

/** Where the view is shown: the toolbar popup or the side panel. */
export type Surface = 'popup' | 'panel';

export interface ReportActions extends FindingActions {
  onHighlights: (on: boolean) => void;
  onExport: (format: ExportFormat) => void;
  /** The popup's button; absent when the browser has no side panel. */
  onOpenPanel?: () => void;
  /** Opens the library of audited reports in a tab. */
  onOpenLibrary?: () => void;
  onExportDismissals: () => void;
  onImportDismissals: (text: string) => void;
  onImportReadError: (e: unknown) => void;
}

export interface ReportViewProps {
  page: PageState;
  highlights: boolean;
  surface: Surface;
  lang: Lang;
  actions: ReportActions;
}

function OpenPanelButton({ onOpen, lang }: { onOpen: () => void; lang: Lang }) {
  return (
    <button type="button" class="button button-small" data-testid="open-panel" title={ui('popupOpenPanelHint', lang)} onClick={onOpen}>
      {ui('popupOpenPanel', lang)}
    </button>
  );
}

export function ReportView({ page, highlights, surface, lang, actions }: ReportViewProps) {
  const { result, dismissals } = page;
  const groups = groupFindings(result.findings, dismissals);
  return (
    <>
      <ReportHeader result={result} pageTitle={page.pageTitle} lang={lang} />
      <div class="toolbar">
        <HighlightSwitch on={highlights} onChange={actions.onHighlights} lang={lang} />
        {surface === 'popup' && actions.onOpenPanel && <OpenPanelButton onOpen={actions.onOpenPanel} lang={lang} />}
      </div>
      <SeverityCounts counts={openCounts(result.findings, dismissals)} lang={lang} />
      <PreviousNotice result={result} lang={lang} onOpenLibrary={actions.onOpenLibrary} />
      <ExportButtons onExport={actions.onExport} lang={lang} />
      {surface === 'panel' && (
        <DismissalTools
          lang={lang}
          onExport={actions.onExportDismissals}
          onImport={actions.onImportDismissals}
          onReadError={actions.onImportReadError}
        />
      )}
      <FindingsList groups={groups} lang={lang} actions={actions} tools={surface === 'panel'} />
      <ChecksList checks={result.checks} open={false} detailed={false} lang={lang} />
    </>
  );
}

export function CleanView({ page, surface, lang, actions }: { page: PageState; surface: Surface; lang: Lang; actions: ReportActions }) {
  return (
    <>
      <ReportHeader result={page.result} pageTitle={page.pageTitle} lang={lang} />
      {surface === 'popup' && actions.onOpenPanel && (
        <div class="toolbar"><OpenPanelButton onOpen={actions.onOpenPanel} lang={lang} /></div>
      )}
      <div class="clean" data-testid="clean">
        <h2 class="clean-title"><span class="clean-icon" aria-hidden="true">✔</span>{ui('popupCleanTitle', lang)}</h2>
        <p>{ui('popupCleanNote', lang)}</p>
      </div>
      <PreviousNotice result={page.result} lang={lang} onOpenLibrary={actions.onOpenLibrary} />
      <ExportButtons onExport={actions.onExport} lang={lang} />
      <ChecksList checks={page.result.checks} open detailed lang={lang} />
    </>
  );
}
