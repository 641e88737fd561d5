// Exports of one page's audit result: pure functions from the result to text, in a registry.
export type { ExportInput, ExportStatus } from './input';
export { toCsv, csvField, neutraliseCsvText, CSV_COLUMNS } from './csv';
export { toJson, ExportedResultSchema } from './json';
export type { ExportedResult } from './json';
export { toHtmlReport, sanitizeSnippet, escapeHtml, REPORT_CSP } from './html';
export type { Purifier, SnippetSanitizer } from './html';
export { exportFileName, safeFileNamePart } from './file-name';
export { EXPORTERS, EXPORT_FORMATS } from './registry';
export type { ExportDeps, ExportFormat, Exporter } from './registry';
