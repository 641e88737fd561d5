// The export formats, keyed by format: what the popup lists and how each file is made.
import type { Text } from '../i18n/lang';
import { UI } from '../i18n/ui';
import { toCsv } from './csv';
import type { SnippetSanitizer } from './html';
import { toHtmlReport } from './html';
import type { ExportInput } from './input';
import { toJson } from './json';

export type ExportFormat = 'csv' | 'json' | 'html';

/** What a formatter may need from its caller: the HTML report needs a sanitiser for snippets. */
export interface ExportDeps {
  sanitize: SnippetSanitizer;
}

export interface Exporter {
  format: ExportFormat;
  /** For the Blob / download. */
  mime: string;
  /** Without the dot. */
  extension: string;
  label: Text;
  render(input: ExportInput, deps: ExportDeps): string;
}

export const EXPORTERS: Readonly<Record<ExportFormat, Exporter>> = {
  csv: { format: 'csv', mime: 'text/csv;charset=utf-8', extension: 'csv', label: UI.exportFormatCsv, render: (input) => toCsv(input) },
  json: { format: 'json', mime: 'application/json;charset=utf-8', extension: 'json', label: UI.exportFormatJson, render: (input) => toJson(input) },
  html: { format: 'html', mime: 'text/html;charset=utf-8', extension: 'html', label: UI.exportFormatHtml, render: (input, deps) => toHtmlReport(input, deps.sanitize) },
};

/** In the order the popup offers them. */
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'json', 'html'];
