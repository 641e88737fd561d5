// The readable output: a block per report, the summary line, then one line per finding.
import { format } from '../i18n/lang';
import type { Lang } from '../i18n/lang';
import type { AuditResult } from '../result/schema';
import { SEVERITY_TEXT_MARK as MARK } from '../result/severity';
import { templateName } from '../i18n/terms';
import { CLI_TEXT, cliText } from './messages';


export function formatText(result: AuditResult, lang: Lang): string {
  const r = result.report;
  const lines = [`== ${result.source}`];
  if (!r.isReport) {
    lines.push(`  ${cliText('notReport', lang)}`);
    return lines.join('\n');
  }
  const unknown = cliText('unknown', lang);
  lines.push(format(cliText('reportLine', lang), {
    title: r.title ?? unknown, agency: r.agency ?? unknown, year: r.year ?? unknown, template: templateName(r.template, lang),
    signed: r.signedOn ?? '—', published: r.publishedOn ?? '—',
  }).replace(/^/gm, '  ').replace(/^ {2}/, '  '));
  lines.push(`  ${format(cliText('summary', lang), result.summary)}`);
  if (result.findings.length === 0) {
    const ran = result.checks.filter((c) => !c.notRun);
    const checked = ran.reduce((n, c) => n + c.checked, 0);
    lines.push(`  ${format(cliText('noFindings', lang), { rules: ran.length, checked })}`);
  }
  const order = { error: 0, warning: 1, info: 2 };
  const sorted = [...result.findings].sort((a, b) => order[a.severity] - order[b.severity]);
  for (const f of sorted) {
    const sev = CLI_TEXT.severity[f.severity][lang];
    const review = f.status === 'review' ? ` [${cliText('review', lang)}]` : '';
    lines.push(`  ${MARK[f.severity]} ${sev} ${f.rule}${review}  ${f.message}`);
    if (f.previous) {
      lines.push(`      ${format(cliText('previousReport', lang), { year: f.previous.year, title: f.previous.title ?? unknown, source: f.previous.source })}`);
    }
  }
  return lines.join('\n');
}
