// A PDF's or a Word file's bytes → the document drawn in the viewer and its audit placed on what
// was drawn: the same source the command line reads (lib/sources), the same engine, its places
// turned into the drawn elements. Anything else gets the reason it is not shown, as an
// UnreadableDocument (a page: open it as a page; .doc/.wps, damaged or empty files: the command
// line's words).
import { audit } from '../../lib/audit';
import type { Lang, Text } from '../../lib/i18n/lang';
import { UI } from '../../lib/i18n/ui';
import { format } from '../../lib/i18n/lang';
import { locateOutcomeSteps } from '../../lib/sources/html/page-audit';
import type { FindingLocation, PageAudit } from '../../lib/sources/html/page-audit';
import { sniffFormat } from '../../lib/sources/read-document';
import { DOCUMENT_TEXT } from '../../lib/i18n/documents';
import { UnreadableDocument } from '../../lib/sources/unreadable';
import { runNow } from '../../lib/steps';
import type { RecordFormat } from '../library/schema';
import { renderDocx } from './render-docx';
import { renderPdf } from './render-pdf';
import { pdfSnippets } from './pdf-snippets';
import type { PdfCellAt } from './pdf-snippets';

export interface ShownReport {
  format: Exclude<RecordFormat, 'html'>;
  /** The document as drawn, to be put in the page. */
  root: HTMLElement;
  audit: PageAudit;
  /** PDF pages, else null. */
  pages: number | null;
  /** What to say instead of findings (a scan), else null. */
  notice: Text | null;
  textOf?: (el: Element) => DOMRect | null;
  /** The export's excerpts, where the drawn document has no tables of its own to copy them from. */
  snippets?: (ids: readonly string[], locations: ReadonlyMap<string, FindingLocation>) => Record<string, string>;
  destroy(): void;
}

export interface ShowOptions {
  /** The document's address (or file name): the result's source. */
  url: string;
  contentType: string | null;
  lang: Lang;
  owner: Document;
  /** The room for the document's pages, in CSS pixels. */
  width: number;
}

export async function showDocument(bytes: Uint8Array, opts: ShowOptions): Promise<ShownReport> {
  const { url, contentType, lang, owner, width } = opts;
  if (bytes.length === 0) throw new UnreadableDocument('empty', DOCUMENT_TEXT.empty);
  const kind = sniffFormat(bytes, contentType, url);
  if (kind === 'pdf') {
    const [{ pdfSource }, { openPdfDocument }] = await Promise.all([import('../../lib/sources/pdf/source'), import('../../lib/sources/pdf/read-pdf')]);
    const source = await pdfSource(bytes);
    const shown = await renderPdf(await openPdfDocument(bytes), owner, width, (n) => format(UI.viewerPage[lang], { n }));
    const outcome = audit(source, { source: url, lang });
    // Each drawn cell of the statistical tables → its grid, for the excerpts.
    const at = new Map<Element, PdfCellAt>();
    for (const it of runNow(source.items())) {
      if (it.kind !== 'table') continue;
      const grid = runNow(source.grid(it.ref));
      for (const cell of grid.cells) {
        const el = shown.element(cell.ref);
        if (el) at.set(el, { grid, cell });
      }
    }
    return {
      format: 'pdf', root: shown.root, audit: runNow(locateOutcomeSteps(outcome, (ref) => shown.element(ref))),
      pages: source.pages, notice: source.notice, textOf: shown.textOf, destroy: shown.destroy,
      snippets: (ids, locations) => pdfSnippets(ids, locations, at, owner),
    };
  }
  if (kind === 'docx') {
    const { readDocx, docxSource } = await import('../../lib/sources/docx/source');
    const doc = readDocx(bytes);
    const shown = renderDocx(doc, owner, UI.viewerPicture[lang]);
    const outcome = audit(docxSource(doc), { source: url, lang });
    return {
      format: 'docx', root: shown.root, audit: runNow(locateOutcomeSteps(outcome, (ref) => shown.element(ref))),
      pages: null, notice: null, destroy: () => {},
    };
  }
  if (kind === 'doc') throw new UnreadableDocument('unsupported', DOCUMENT_TEXT.doc);
  if (kind === 'wps') throw new UnreadableDocument('unsupported', DOCUMENT_TEXT.wps);
  throw new UnreadableDocument('unsupported', UI.viewerIsPage);
}
