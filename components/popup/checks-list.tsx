// What was checked: the rules that ran and how many items each looked at (result.checks).
import type { Lang } from '../../lib/i18n/lang';
import { format } from '../../lib/i18n/lang';
import { ui } from '../../lib/i18n/ui';
import type { AuditResult } from '../../lib/result/schema';
import { summariseChecks } from '../findings-list/findings';
import { ruleDescription, ruleTitle } from '../../lib/rules';

/** `open`: starts expanded; `detailed`: each rule's description under its title. */
export function ChecksList({ checks, open, detailed, lang }: { checks: AuditResult['checks']; open: boolean; detailed: boolean; lang: Lang }) {
  const summary = summariseChecks(checks);
  return (
    <details class="checks" data-testid="checks" open={open}>
      <summary>
        <span class="checks-title">{ui('popupChecks', lang)}</span>
        <span class="checks-total">{format(ui('popupChecksSummary', lang), { rules: summary.rules, checked: summary.checked })}</span>
      </summary>
      <ul class="check-list">
        {summary.rows.map((row) => {
          const parts = row.notRun
            ? [ui(row.notRun === 'needs-previous' ? 'popupChecksNeedsPrevious' : 'popupChecksOldFormat', lang)]
            : row.checked === 0
            ? [ui('popupChecksNone', lang)]
            : [
                format(ui('popupChecksChecked', lang), { n: row.checked }),
                ...(row.failed > 0 ? [format(ui('popupChecksFailed', lang), { n: row.failed })] : []),
                ...(row.review > 0 ? [format(ui('popupChecksReview', lang), { n: row.review })] : []),
              ];
          const description = ruleDescription(row.rule, lang);
          return (
            <li key={row.rule} class={`check${row.checked === 0 ? ' check-idle' : ''}`} data-rule={row.rule} data-not-run={row.notRun ?? undefined}>
              <span class="check-title">{ruleTitle(row.rule, lang)}</span>
              <span class="check-n">{parts.join(' · ')}</span>
              {detailed && description && <span class="check-description">{description}</span>}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
