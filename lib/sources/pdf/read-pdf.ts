// A PDF's bytes → its pages' glyph runs, ruling lines and image counts, and its info dictionary,
// through pdf.js (pdfjs-dist's legacy build, which runs on Node 20). pdf.js is imported when the
// first PDF is read, so nothing else pays for loading it. Its worker module is imported beside it
// and handed over as `globalThis.pdfjsWorker`, so pdf.js parses in the calling thread (its "fake
// worker") wherever it runs: the command line, the tests, the dashboard's own worker; no worker
// file to locate by URL.
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy, PDFPageProxy, TextItem } from 'pdfjs-dist/types/src/display/api';
import { UnreadableDocument } from '../unreadable';
import { PDF_TEXT } from '../../i18n/pdf';
import { unifyRadicals } from './radicals';
import type { Box, PdfInfo, PdfPage, Rule, Run } from './types';

/** Larger files are refused before pdf.js sees them. */
export const MAX_PDF_BYTES = 40 * 1024 * 1024;
/** A ruling line is at most this thick (points) and at least this long. */
const RULE_THICKNESS = 2.5;
const RULE_LENGTH = 3;

type PdfJs = typeof PdfJsModule;
let pdfjs: Promise<PdfJs> | null = null;
const loadPdfJs = (): Promise<PdfJs> => (pdfjs ??= (async () => {
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  return import('pdfjs-dist/legacy/build/pdf.mjs');
})());

function startsLikePdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

/** A whole file ends with %%EOF (give or take trailing bytes); a truncated one does not. */
function endsLikePdf(bytes: Uint8Array): boolean {
  return new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 2048))).includes('%%EOF');
}

/** Refuses what is not a whole, readable PDF, with the reason. */
function checkBytes(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new UnreadableDocument('empty', PDF_TEXT.empty);
  if (bytes.length > MAX_PDF_BYTES) throw new UnreadableDocument('too-large', PDF_TEXT.tooLarge);
  if (!startsLikePdf(bytes)) throw new UnreadableDocument('binary', PDF_TEXT.notPdf);
  if (!endsLikePdf(bytes)) throw new UnreadableDocument('binary', PDF_TEXT.truncated);
}

async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  const lib = await loadPdfJs();
  // pdf.js takes the buffer over: give it a copy so the caller's bytes stay usable.
  const task = lib.getDocument({
    data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: lib.VerbosityLevel.ERRORS,
    stopAtErrors: false,
  });
  try {
    return await task.promise;
  } catch (e) {
    if ((e as { name?: string }).name === 'PasswordException') throw new UnreadableDocument('unsupported', PDF_TEXT.encrypted);
    throw new UnreadableDocument('binary', PDF_TEXT.damaged);
  }
}

/** The PDF opened whole, for a viewer that draws its pages (the same checks and the same pdf.js as
 *  reading it); the caller destroys it when done. */
export async function openPdfDocument(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  checkBytes(bytes);
  return openPdf(bytes);
}

function isoDate(raw: unknown): string | null {
  const m = typeof raw === 'string' ? raw.match(/^(?:D:)?(\d{4})(\d{2})(\d{2})/) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1], m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** The page's ruling lines (thin painted paths, in page space) and where its images stand. */
async function pageGraphics(lib: PdfJs, page: PDFPageProxy, width: number, height: number): Promise<{ rules: Rule[]; images: Box[]; clipRight: number }> {
  const { fnArray, argsArray } = await page.getOperatorList();
  const { OPS } = lib;
  const rules: Rule[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const images: Box[] = [];
  let clipRight = width;
  const push = (x0: number, y0: number, x1: number, y1: number) => {
    const w = x1 - x0;
    const h = y1 - y0;
    if (h <= RULE_THICKNESS && w >= RULE_LENGTH) rules.push({ dir: 'h', at: (y0 + y1) / 2, a: x0, b: x1 });
    else if (w <= RULE_THICKNESS && h >= RULE_LENGTH) rules.push({ dir: 'v', at: (x0 + x1) / 2, a: y0, b: y1 });
  };
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject) {
      // An image fills the unit square of its transform.
      const corners = [apply(ctm, 0, 0), apply(ctm, 1, 0), apply(ctm, 0, 1), apply(ctm, 1, 1)];
      const x = Math.min(...corners.map((c) => c[0]));
      const y = Math.min(...corners.map((c) => c[1]));
      images.push({ x, y, w: Math.max(...corners.map((c) => c[0])) - x, h: Math.max(...corners.map((c) => c[1])) - y });
    }
    else if (fn === OPS.constructPath) {
      const [op, , minMax] = args as [number, unknown, ArrayLike<number> | null];
      if (!minMax) continue;
      const [ax, ay] = apply(ctm, minMax[0]!, minMax[1]!);
      const [bx, by] = apply(ctm, minMax[2]!, minMax[3]!);
      const [x0, x1] = ax < bx ? [ax, bx] : [bx, ax];
      const [y0, y1] = ay < by ? [ay, by] : [by, ay];
      // A path ended without painting is a clip; one around most of the page bounds its content.
      if (op === OPS.endPath) {
        if (x1 - x0 >= width / 2 && y1 - y0 >= height / 2) clipRight = Math.min(clipRight, x1);
        continue;
      }
      const stroked = op === OPS.stroke || op === OPS.closeStroke;
      if (stroked && x1 - x0 > RULE_THICKNESS && y1 - y0 > RULE_THICKNESS) {
        // A stroked box: its four sides.
        push(x0, y0, x1, y0);
        push(x0, y1, x1, y1);
        push(x0, y0, x0, y1);
        push(x1, y0, x1, y1);
      } else push(x0, y0, x1, y1);
    }
  }
  return { rules, images, clipRight };
}

function pageRuns(items: readonly unknown[]): Run[] {
  const runs: Run[] = [];
  for (const raw of items) {
    const it = raw as TextItem;
    if (typeof it.str !== 'string' || it.str === '') continue;
    const [a, b, , , e, f] = it.transform as Matrix;
    const size = Math.hypot(a, b) || it.height;
    // Rotated text (stamps, watermarks) is not part of the reading.
    if (Math.abs(b) > 0.01 * Math.abs(a)) continue;
    runs.push({ text: unifyRadicals(it.str), x: e, y: f, w: it.width, size });
  }
  return runs;
}

export interface ReadPdf {
  info: PdfInfo;
  pages: PdfPage[];
}

/** Every page's runs, rules and images, and the info dictionary; an UnreadableDocument if the file
 *  is not a whole PDF pdf.js can read. */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  checkBytes(bytes);
  const lib = await loadPdfJs();
  const doc = await openPdf(bytes);
  try {
    const meta = await doc.getMetadata().catch(() => null);
    const raw = (meta?.info ?? {}) as Record<string, unknown>;
    const info: PdfInfo = {
      title: typeof raw.Title === 'string' ? unifyRadicals(raw.Title) : '',
      created: isoDate(raw.CreationDate), modified: isoDate(raw.ModDate),
      producer: typeof raw.Producer === 'string' ? raw.Producer : '',
    };
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      let page: PDFPageProxy;
      try {
        page = await doc.getPage(n);
      } catch {
        throw new UnreadableDocument('binary', PDF_TEXT.damaged);
      }
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const text = await page.getTextContent();
      const { rules, images, clipRight } = await pageGraphics(lib, page, x1 - x0, y1 - y0);
      pages.push({ number: n, width: x1 - x0, height: y1 - y0, clipRight, runs: pageRuns(text.items), rules, images });
      page.cleanup();
    }
    if (pages.length === 0) throw new UnreadableDocument('empty', PDF_TEXT.noPages);
    return { info, pages };
  } finally {
    await doc.destroy();
  }
}
