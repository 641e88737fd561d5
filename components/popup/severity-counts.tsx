// The counts of open findings by severity: icon, number and word, never colour alone.
import type { Lang } from '../../lib/i18n/lang';
import { format } from '../../lib/i18n/lang';
import { ui } from '../../lib/i18n/ui';
import { SEVERITIES, SEVERITY_ICON } from '../../lib/result/severity';
import type { OpenCounts } from '../findings-list/findings';
import { severityLabel } from './labels';

export function SeverityCounts({ counts, lang }: { counts: OpenCounts; lang: Lang }) {
  const more: string[] = [];
  if (counts.review > 0) more.push(format(ui('popupCountsReview', lang), { n: counts.review }));
  if (counts.dismissed > 0) more.push(format(ui('popupCountsDismissed', lang), { n: counts.dismissed }));
  return (
    <section class="counts" aria-labelledby="counts-heading">
      <h2 id="counts-heading" class="section-heading">{ui('popupCounts', lang)}</h2>
      <ul class="count-list">
        {SEVERITIES.map((sev) => (
          <li key={sev} class={`count sev-${sev}`} data-testid={`count-${sev}`} data-count={counts[sev]}>
            <span class="sev-icon" aria-hidden="true">{SEVERITY_ICON[sev]}</span>
            <span class="count-n">{counts[sev]}</span>
            <span class="count-label">{severityLabel(sev, lang)}</span>
          </li>
        ))}
      </ul>
      {more.length > 0 && <p class="counts-more">{more.join(lang === 'zh' ? '；' : '; ')}</p>}
    </section>
  );
}
