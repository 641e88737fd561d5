// The report's identity: title, agency, year, template, source, publication and signature dates.
import type { Lang } from '../../lib/i18n/lang';
import type { UiKey } from '../../lib/i18n/ui';
import { ui } from '../../lib/i18n/ui';
import type { AuditResult } from '../../lib/result/schema';
import { templateName } from '../../lib/i18n/terms';
import { safeHref } from '../shared/safe-href';
import { dateLabel, titleOf, yearLabel } from './labels';

export function ReportHeader({ result, pageTitle, lang }: { result: AuditResult; pageTitle: string; lang: Lang }) {
  const r = result.report;
  const facts: [UiKey, string, string][] = [
    ['exportHtmlYear', yearLabel(r.year, lang), 'year'],
    ['exportHtmlTemplate', templateName(r.template, lang), 'template'],
    ['popupPublishedOn', dateLabel(r.publishedOn, lang), 'published'],
    ['popupSignedOn', dateLabel(r.signedOn, lang), 'signed'],
  ];
  const href = safeHref(result.source);
  return (
    <header class="report-header">
      <h1 class="report-title" data-testid="report-title">{titleOf(r, pageTitle, lang)}</h1>
      <dl class="facts">
        <div class="fact fact-wide" data-fact="agency">
          <dt>{ui('exportHtmlAgency', lang)}</dt>
          <dd>{r.agency ?? ui('exportHtmlUnknown', lang)}</dd>
        </div>
        {facts.map(([key, value, id]) => (
          <div key={id} class="fact" data-fact={id}>
            <dt>{ui(key, lang)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        <div class="fact fact-wide" data-fact="source">
          <dt>{ui('exportHtmlSource', lang)}</dt>
          <dd class="source" title={result.source}>
            {href ? <a href={href} target="_blank" rel="noopener noreferrer">{result.source}</a> : result.source}
          </dd>
        </div>
      </dl>
    </header>
  );
}
