// Exports from the popup: the page's state turned into an ExportInput, rendered by lib/export's
// registry, saved through a Blob URL and an <a download> click.
import type { ExportDeps, ExportFormat, ExportInput } from '../../lib/export';
import { EXPORTERS, exportFileName } from '../../lib/export';
import type { Lang } from '../../lib/i18n/lang';
import type { PageState } from '../shared/protocol';

export interface ExportFile {
  name: string;
  mime: string;
  text: string;
}

/** A file of bytes to save (a workbook). */
export interface BinaryFile {
  name: string;
  mime: string;
  bytes: Uint8Array<ArrayBuffer>;
}

export function exportInputOf(page: PageState, lang: Lang): ExportInput {
  return {
    result: page.result,
    dismissals: page.dismissals,
    snippets: page.snippets,
    lang,
    pageTitle: page.pageTitle,
  };
}

export function renderExport(format: ExportFormat, input: ExportInput, deps: ExportDeps): ExportFile {
  const exporter = EXPORTERS[format];
  return { name: exportFileName(input, format), mime: exporter.mime, text: exporter.render(input, deps) };
}

/** The parts of `window` a download needs (a test passes jsdom's). */
export interface DownloadHost {
  document: Document;
  URL: Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'>;
  setTimeout: (fn: () => void, ms: number) => unknown;
  Blob: typeof Blob;
}

/** How long the Blob URL lives after the click: the browser reads it asynchronously. */
export const REVOKE_AFTER_MS = 1000;

export function downloadFile(file: ExportFile | BinaryFile, host: DownloadHost): void {
  const url = host.URL.createObjectURL(new host.Blob(['text' in file ? file.text : file.bytes], { type: file.mime }));
  const a = host.document.createElement('a');
  a.href = url;
  a.download = file.name;
  a.rel = 'noopener';
  a.hidden = true;
  host.document.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    host.setTimeout(() => host.URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
