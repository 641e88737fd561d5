// Exports of one page's audit result: pure functions from the result to text, in a registry.
export type { ExportInput } from './input';
export { toCsv, csvField, neutraliseCsvText, CSV_COLUMNS } from './csv';
export { toJson, ExportedResultSchema } from './json';
export { toHtmlReport, sanitizeSnippet, REPORT_CSP } from './html';
export { exportFileName, safeFileNamePart } from './file-name';
export { EXPORTERS, EXPORT_FORMATS } from './registry';
export type { ExportDeps, ExportFormat } from './registry';
