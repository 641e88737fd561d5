// An audited report: its identity, the marks switch, the counts, the findings by group, what was
// checked and the exports. With no findings: 「未发现问题」 and what was checked.
import type { ExportFormat } from '../../lib/export';
import type { Lang } from '../../lib/i18n/lang';
import { ui } from '../../lib/i18n/ui';
import type { PageState } from '../shared/protocol';
import { ChecksList } from './checks-list';
import { ExportButtons } from './export-buttons';
import type { FindingActions } from './finding-group';
import { FindingGroupView } from './finding-group';
import { groupFindings, openCounts, startsOpen } from './findings';
import { HighlightSwitch } from './highlight-switch';
import { ReportHeader } from './report-header';
import { SeverityCounts } from './severity-counts';

export interface ReportActions extends FindingActions {
  onHighlights: (on: boolean) => void;
  onExport: (format: ExportFormat) => void;
}

export function ReportView({ page, highlights, lang, actions }: { page: PageState; highlights: boolean; lang: Lang; actions: ReportActions }) {
  const { result, dismissals } = page;
  const groups = groupFindings(result.findings, dismissals);
  return (
    <>
      <ReportHeader result={result} pageTitle={page.pageTitle} lang={lang} />
      <div class="toolbar">
        <HighlightSwitch on={highlights} onChange={actions.onHighlights} lang={lang} />
      </div>
      <SeverityCounts counts={openCounts(result.findings, dismissals)} lang={lang} />
      <section class="groups" aria-label={ui('popupFocusHint', lang)}>
        <p class="hint">{ui('popupFocusHint', lang)}</p>
        {groups.map((g) => (
          <FindingGroupView key={g.key} group={g} open={startsOpen(g, groups)} lang={lang} actions={actions} />
        ))}
      </section>
      <ChecksList checks={result.checks} open={false} detailed={false} lang={lang} />
      <ExportButtons onExport={actions.onExport} lang={lang} />
    </>
  );
}

export function CleanView({ page, lang, onExport }: { page: PageState; lang: Lang; onExport: (format: ExportFormat) => void }) {
  return (
    <>
      <ReportHeader result={page.result} pageTitle={page.pageTitle} lang={lang} />
      <div class="clean" data-testid="clean">
        <h2 class="clean-title"><span class="clean-icon" aria-hidden="true">✔</span>{ui('popupCleanTitle', lang)}</h2>
        <p>{ui('popupCleanNote', lang)}</p>
      </div>
      <ChecksList checks={page.result.checks} open detailed lang={lang} />
      <ExportButtons onExport={onExport} lang={lang} />
    </>
  );
}
