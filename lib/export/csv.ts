// CSV for Excel and WPS: UTF-8 with a BOM, CRLF, RFC 4180 quoting, one row per finding.
// Numbers stay numbers; text that a spreadsheet would run as a formula is neutralised.
import type { Lang } from '../i18n/lang';
import type { UiKey } from '../i18n/ui';
import type { Dismissal } from '../result/dismissal';
import type { AuditResult, Finding } from '../result/schema';
import { ui } from '../i18n/ui';
import type { ExportInput } from './input';
import { ruleTitle } from '../rules';
import { SEVERITY_KEY } from '../i18n/ui';
import { placeParts, reportTemplate } from '../i18n/places';
import { STATUS_KEY, dismissalText, dismissalsById, reportTitle, statusOf } from './input';

export type CsvValue = string | number | null;

export const CSV_COLUMNS: readonly UiKey[] = [
  'exportColPage', 'exportColReport', 'exportColRule', 'exportColRuleTitle', 'exportColSeverity',
  'exportColStatus', 'exportColSection', 'exportColTable', 'exportColBlock', 'exportColRow',
  'exportColColumn', 'exportColExpected', 'exportColActual', 'exportColMessage', 'exportColDismissal',
];

/** Starts a formula (or, for tab and line breaks, can be made to) in Excel, WPS, LibreOffice or
 * Google Sheets; the full-width forms too, which some spreadsheets normalise on input. */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Text a spreadsheet will show as text: a leading single quote before anything formula-like. */
export function neutraliseCsvText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One field: numbers bare, null empty, text neutralised and quoted when RFC 4180 needs it. */
export function csvField(value: CsvValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = neutraliseCsvText(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The popup's columns for one finding of a report named `title`. */
export function findingCells(result: AuditResult, f: Finding, title: string, dismissal: Dismissal | undefined, lang: Lang): CsvValue[] {
  const place = placeParts(f, lang, reportTemplate(result.report.template));
  return [
    result.source, title, f.rule, ruleTitle(f.rule, lang),
    ui(SEVERITY_KEY[f.severity], lang), ui(STATUS_KEY[statusOf(f, dismissal)], lang),
    place.section, place.table, place.block, place.row, place.column,
    f.expected, f.actual, f.message, dismissal ? dismissalText(dismissal, lang) : '',
  ];
}

/** The file: a BOM, then the rows, every field through csvField, CRLF after each. */
export function csvText(rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

export function toCsv(input: ExportInput): string {
  const { result, lang } = input;
  const dismissed = dismissalsById(input.dismissals);
  const title = reportTitle(input) ?? '';
  const rows: CsvValue[][] = [CSV_COLUMNS.map((k) => ui(k, lang))];
  for (const f of result.findings) rows.push(findingCells(result, f, title, dismissed.get(f.id), lang));
  return csvText(rows);
}
