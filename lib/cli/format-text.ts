// The readable output: a block per report, the summary line, then one line per finding; a line
// for an input that could not be read; a line of totals under several.
import { format } from '../i18n/lang';
import type { Lang } from '../i18n/lang';
import type { BatchEntry, ErrorEntry } from '../export/batch-entry';
import { isErrorEntry } from '../export/batch-entry';
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

export function formatErrorEntry(entry: ErrorEntry, lang: Lang): string {
  return `== ${entry.source}\n  ${format(cliText('unreadableLine', lang), { reason: entry.error.message })}`;
}

export function formatTotals(entries: readonly BatchEntry[], lang: Lang): string {
  const t = { reports: 0, unreadable: 0, error: 0, warning: 0, info: 0 };
  for (const e of entries) {
    if (isErrorEntry(e)) {
      t.unreadable++;
      continue;
    }
    t.reports++;
    t.error += e.summary.error;
    t.warning += e.summary.warning;
    t.info += e.summary.info;
  }
  return format(cliText('totals', lang), t);
}

/** The whole text output of a batch. */
export function formatBatchText(entries: readonly BatchEntry[], lang: Lang): string {
  const blocks = entries.map((e) => (isErrorEntry(e) ? formatErrorEntry(e, lang) : formatText(e, lang)) + '\n');
  if (entries.length > 1) blocks.push(formatTotals(entries, lang));
  return blocks.join('\n');
}
