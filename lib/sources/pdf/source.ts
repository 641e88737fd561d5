// A PDF's text layer as a report source: its lines and statistical tables in reading order (see
// reading-order.ts), each table's grid, and the file's info as the page's metadata. The references
// are boxes on the PDF's pages. A scan (pages that are images, with next to no text) gives nothing
// to read: the source says so (`textLayer: 'scan'`, `notice`) and the audit finds no report.
import type { Text } from '../../i18n/lang';
import { PDF_TEXT } from '../../i18n/pdf';
import type { DetectionSample, Grid, Item, PageMeta, ReportSource } from '../types';
import { readPdf } from './read-pdf';
import type { ReadPdf } from './read-pdf';
import { readingOrder } from './reading-order';
import type { PdfItem } from './reading-order';
import type { PdfPage, PdfRef } from './types';

/** A page with fewer characters than this, and an image, is a scanned page. */
const SCAN_CHARS = 20;

export type TextLayer = 'text' | 'scan';

export interface PdfSource extends ReportSource<PdfRef> {
  textLayer: TextLayer;
  pages: number;
  /** What to tell the user instead of findings (a scan), else null. */
  notice: Text | null;
}

const pageChars = (p: PdfPage) => p.runs.reduce((n, r) => n + r.text.replace(/\s+/g, '').length, 0);

function textLayerOf(pages: readonly PdfPage[]): TextLayer {
  return pages.some((p) => p.images.length > 0) && pages.every((p) => pageChars(p) < SCAN_CHARS) ? 'scan' : 'text';
}

function pdfMeta(pdf: ReadPdf): PageMeta {
  const tags: Record<string, string> = {};
  if (pdf.info.created) tags.creationdate = pdf.info.created;
  if (pdf.info.modified) tags.moddate = pdf.info.modified;
  if (pdf.info.producer) tags.producer = pdf.info.producer;
  return { title: pdf.info.title, tags };
}

const HEADINGS_READ = 3;

function pdfSample(title: string, items: readonly PdfItem[]): DetectionSample {
  return {
    title,
    articleTitle: null,
    // A PDF has no heading levels: its first lines stand for them.
    *headings(perLevel) {
      let n = 0;
      for (const it of items) {
        if (n >= perLevel * HEADINGS_READ) return;
        if (it.kind === 'line' && !it.inTable) {
          n++;
          yield it.text;
        }
      }
    },
    *tableTexts(limit) {
      let n = 0;
      for (const it of items) {
        if (n >= limit) return;
        if (it.kind === 'table') {
          n++;
          yield it.grid.cells.map((c) => c.text).join(' ');
        }
      }
    },
  };
}

function toItems(items: readonly PdfItem[]): Item<PdfRef>[] {
  return items.map((it): Item<PdfRef> => {
    if (it.kind === 'line') return { kind: 'line', line: { text: it.text, ref: it.ref, inTable: it.inTable } };
    if (it.kind === 'table') return it.cut ? { kind: 'table', ref: it.grid.ref, table: it.table, cut: true } : { kind: 'table', ref: it.grid.ref, table: it.table };
    return { kind: 'image', ref: it.ref };
  });
}

/** The PDF as a report source; an UnreadableDocument when the bytes are not a whole, readable PDF. */
export async function pdfSource(bytes: Uint8Array): Promise<PdfSource> {
  const pdf = await readPdf(bytes);
  const textLayer = textLayerOf(pdf.pages);
  const read: PdfItem[] = textLayer === 'scan' ? [] : readingOrder(pdf.pages);
  const grids = new Map<PdfRef, Grid<PdfRef>>();
  for (const it of read) if (it.kind === 'table') grids.set(it.grid.ref, it.grid);
  const items = toItems(read);
  return {
    textLayer,
    pages: pdf.pages.length,
    notice: textLayer === 'scan' ? PDF_TEXT.scan : null,
    meta: textLayer === 'scan' ? { title: '', tags: {} } : pdfMeta(pdf),
    sample: pdfSample(textLayer === 'scan' ? '' : pdf.info.title, read),
    // eslint-disable-next-line require-yield -- read in full when the source was built
    *items() {
      return items;
    },
    // eslint-disable-next-line require-yield -- built with the items
    *grid(table) {
      const grid = grids.get(table);
      if (!grid) throw new Error('not a table of this PDF');
      return grid;
    },
  };
}

/** Whether the PDF has a text layer to read or is a scan. */
export async function pdfTextLayer(bytes: Uint8Array): Promise<TextLayer> {
  return textLayerOf((await readPdf(bytes)).pages);
}
