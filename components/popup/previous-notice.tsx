// When the across-years rules did not run for want of last year's report: which report they
// need, and a button to the library of audited reports.
import type { Lang } from '../../lib/i18n/lang';
import { format } from '../../lib/i18n/lang';
import { ui } from '../../lib/i18n/ui';
import type { AuditResult } from '../../lib/result/schema';

export function PreviousNotice({ result, lang, onOpenLibrary }: { result: AuditResult; lang: Lang; onOpenLibrary?: () => void }) {
  if (!result.checks.some((c) => c.notRun === 'needs-previous')) return null;
  const { agency, year } = result.report;
  const text = agency && year !== null
    ? format(ui('popupNeedsPrevious', lang), { body: agency, year: year - 1 })
    : ui('popupNeedsPreviousUnknown', lang);
  return (
    <div class="needs-previous" data-testid="needs-previous">
      <p>{text}</p>
      {onOpenLibrary && (
        <button type="button" class="button button-small" data-testid="open-library" onClick={onOpenLibrary}>
          {ui('popupOpenLibrary', lang)}
        </button>
      )}
    </div>
  );
}
