// The words and signs the popup shows for the result's values. Pure; every string from lib/i18n/ui.ts.
import { BLOCK_NAMES, sectionName, tableName } from '../../lib/i18n/terms';
import type { Lang } from '../../lib/i18n/lang';
import { format } from '../../lib/i18n/lang';
import { SEVERITY_KEY, ui } from '../../lib/i18n/ui';
import { dismissalText } from '../../lib/export/input';
import { actualText } from '../../lib/i18n/places';
import type { Dismissal } from '../../lib/result/dismissal';
import type { Finding, ReportSummary } from '../../lib/result/schema';
import type { Severity } from '../../lib/result/severity';
import { LinkError, messageOf } from './page-link';
import type { View } from './view-state';

export function severityLabel(severity: Severity, lang: Lang): string {
  return ui(SEVERITY_KEY[severity], lang);
}

export function yearLabel(year: number | null, lang: Lang): string {
  return year === null ? ui('exportHtmlUnknown', lang) : format(ui('popupYearValue', lang), { year });
}

export function dateLabel(date: string | null, lang: Lang): string {
  return date ?? ui('exportHtmlUnknown', lang);
}

/** A number as written, or 「空白」 for a blank cell. */
export function valueText(n: number | null, lang: Lang): string {
  return n === null ? ui('exportHtmlBlank', lang) : String(n);
}

/**
 * 「应为 272 · 实际 空白」 as label/value pairs. Empty when the finding compares no numbers;
 * `actual` alone when the rule has no expected value but read a number (a negative count…).
 */
export function expectedActual(f: Finding, lang: Lang): { label: string; value: string }[] {
  if (f.expected === null && f.actual === null) return [];
  const pairs = [];
  if (f.expected !== null) pairs.push({ label: ui('exportColExpected', lang), value: valueText(f.expected, lang) });
  pairs.push({ label: ui('exportColActual', lang), value: actualText(f, lang) });
  return pairs;
}

/** Where in the report: 「三、收到和处理… · 表三（依申请公开） · 第二十条第（一）项」. */
export function whereText(f: Finding, lang: Lang): string {
  const parts: string[] = [];
  if (f.table) parts.push(tableName(f.table, lang));
  else if (f.section) parts.push(sectionName(f.section, lang));
  if (f.block) parts.push(BLOCK_NAMES[f.block]?.[lang] ?? f.block);
  return parts.join(' · ');
}

/** `whereText`, unless the message already names every part of it (the engine's usually do). */
export function whereHint(f: Finding, lang: Lang): string {
  const where = whereText(f, lang);
  const parts = where ? where.split(' · ') : [];
  return parts.every((part) => f.message.includes(part)) ? '' : where;
}

/** 「忽略原因：待跟进（2026-11-23）：已请办公室核实」: the note, when there is one, after the reason. */
export function dismissalLabel(d: Dismissal, lang: Lang): string {
  return format(ui('popupDismissedReason', lang), { reason: dismissalText(d, lang) });
}

/** The report's title, else the page's, else 「（无标题）」. */
export function titleOf(report: ReportSummary, pageTitle: string | null, lang: Lang): string {
  return report.title?.trim() || pageTitle?.trim() || ui('exportHtmlUntitled', lang);
}


/** The sentence an error view leads with. */
export function errorSentence(view: Extract<View, { state: 'error' }>, lang: Lang): string {
  const what = ui(view.party === 'page' ? 'popupPartPage' : 'popupPartBackground', lang);
  switch (view.kind) {
    case 'no-tab': return ui('popupErrorNoTab', lang);
    case 'audit-failed': return ui('popupErrorAudit', lang);
    case 'invalid': return format(ui('popupErrorInvalid', lang), { what });
    case 'refused': return format(ui('popupErrorRefused', lang), { what });
    case 'rejected': return format(ui('popupErrorRejected', lang), { what });
    case 'unexpected': return ui('popupErrorTitle', lang);
  }
}

/** The notice after an action (focus, marks, restore) did not work. */
export function actionFailureText(e: unknown, lang: Lang): string {
  if (e instanceof LinkError) {
    if (e.kind === 'refused' && e.asked === 'focus-finding') return ui('popupFocusFailed', lang);
    const sentence = errorSentence({ state: 'error', kind: e.kind, party: e.party, detail: e.message }, lang);
    return format(ui('popupActionFailed', lang), { detail: sentence });
  }
  return format(ui('popupActionFailed', lang), { detail: messageOf(e) });
}
