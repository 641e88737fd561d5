// A PDF shown in the viewer: one sheet per page at the size of the page, its picture drawn by
// pdf.js into a canvas when the sheet comes near the viewport (a long report does not paint every
// page up front), and, over it, an empty box for each reference the engine's places name (a cell,
// a table, a line of text), at the PDF's own coordinates: the marks are drawn on those boxes.
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';
import type { PdfRef } from '../../lib/sources/pdf/types';

/** CSS pixels per PDF point at most (an A4 page about 900 px wide); less when the room is narrower. */
const MAX_SCALE = 1.5;
/** Sheets this far outside the viewport are painted already. */
const PAINT_MARGIN = '1200px';

export interface ShownPdf {
  root: HTMLElement;
  element(ref: PdfRef): Element | undefined;
  /** Where the text inside a box stands (client coordinates): the painted glyphs it covers. */
  textOf(el: Element): DOMRect | null;
  destroy(): void;
}

interface Sheet {
  el: HTMLElement;
  /** The page's own box: x and y of its lower-left corner, its height, in PDF units. */
  x0: number;
  y0: number;
  height: number;
  /** The glyph runs' boxes, in PDF units (y up), and their text. */
  runs: { x: number; y: number; w: number; h: number; text: string }[];
  paint: Promise<void> | null;
}

type Matrix = [number, number, number, number, number, number];

/** A run's box from the text layer: its baseline origin, advance and font size (descent below). */
function runBoxes(items: readonly unknown[]): Sheet['runs'] {
  const out: Sheet['runs'] = [];
  for (const raw of items) {
    const it = raw as { str?: unknown; transform?: Matrix; width?: number };
    if (typeof it.str !== 'string' || !it.str.trim() || !it.transform) continue;
    const [a, b, , , e, f] = it.transform;
    const size = Math.hypot(a, b);
    out.push({ x: e, y: f - 0.2 * size, w: it.width ?? 0, h: size, text: it.str });
  }
  return out;
}

/** `width`: the room for a page, in CSS pixels: the widest page fits it. */
export async function renderPdf(pdf: PDFDocumentProxy, owner: Document, width: number, pageLabel: (n: number) => string): Promise<ShownPdf> {
  const win = owner.defaultView!;
  const views: [number, number, number, number][] = [];
  for (let n = 1; n <= pdf.numPages; n++) views.push((await pdf.getPage(n)).view as [number, number, number, number]);
  const widest = Math.max(...views.map(([x0, , x1]) => x1 - x0), 1);
  const scale = Math.min(MAX_SCALE, Math.max(0.5, width / widest));
  const root = owner.createElement('div');
  root.className = 'pdf';
  const sheets: Sheet[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const [x0, y0, x1, y1] = views[n - 1]!;
    const el = owner.createElement('section');
    el.className = 'pdf-page';
    el.dataset.page = String(n);
    el.setAttribute('aria-label', pageLabel(n));
    el.style.width = `${(x1 - x0) * scale}px`;
    el.style.height = `${(y1 - y0) * scale}px`;
    root.append(el);
    const text = await page.getTextContent();
    sheets.push({ el, x0, y0, height: y1 - y0, runs: runBoxes(text.items), paint: null });
  }

  const paint = (sheet: Sheet, n: number): Promise<void> => (sheet.paint ??= (async () => {
    const page = await pdf.getPage(n);
    const viewport = page.getViewport({ scale });
    const ratio = win.devicePixelRatio || 1;
    const canvas = owner.createElement('canvas');
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    canvas.setAttribute('aria-hidden', 'true');
    sheet.el.prepend(canvas);
    await page.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] }).promise;
    sheet.el.dataset.painted = 'true';
  })().catch(() => {
    // A page pdf.js cannot paint stays blank; its boxes and marks are still there.
  }));

  const observer = new win.IntersectionObserver((entries) => {
    for (const e of entries) {
      const n = Number((e.target as HTMLElement).dataset.page);
      if (e.isIntersecting) void paint(sheets[n - 1]!, n);
    }
  }, { rootMargin: PAINT_MARGIN });
  for (const s of sheets) observer.observe(s.el);

  const boxes = new Map<string, HTMLElement>();
  const element = (ref: PdfRef): Element | undefined => {
    const sheet = sheets[ref.page - 1];
    if (!sheet) return undefined;
    const key = `${ref.page}:${ref.x}:${ref.y}:${ref.w}:${ref.h}`;
    let box = boxes.get(key);
    if (!box) {
      box = owner.createElement('div');
      box.className = 'pdf-ref';
      box.style.left = `${(ref.x - sheet.x0) * scale}px`;
      box.style.top = `${(sheet.height - (ref.y - sheet.y0) - ref.h) * scale}px`;
      box.style.width = `${Math.max(ref.w, 1) * scale}px`;
      box.style.height = `${Math.max(ref.h, 1) * scale}px`;
      // The runs whose middle lies in the box: their extent, as a span the badge keeps off, holding
      // their text unseen (what a mark of a part says it adds, what the browser's find sees).
      const inside = sheet.runs.filter((r) => {
        const cx = r.x + r.w / 2;
        const cy = r.y + r.h / 2;
        return cx >= ref.x && cx <= ref.x + ref.w && cy >= ref.y && cy <= ref.y + ref.h;
      });
      if (inside.length > 0) {
        const l = Math.min(...inside.map((r) => r.x));
        const r = Math.max(...inside.map((q) => q.x + q.w));
        const b = Math.min(...inside.map((q) => q.y));
        const t = Math.max(...inside.map((q) => q.y + q.h));
        const text = owner.createElement('span');
        text.className = 'pdf-ref-text';
        text.style.left = `${(l - ref.x) * scale}px`;
        text.style.top = `${(ref.y + ref.h - t) * scale}px`;
        text.style.width = `${(r - l) * scale}px`;
        text.style.height = `${(t - b) * scale}px`;
        text.textContent = inside.map((q) => q.text).join('');
        box.append(text);
      }
      sheet.el.append(box);
      boxes.set(key, box);
    }
    return box;
  };

  return {
    root,
    element,
    textOf: (el) => el.querySelector('.pdf-ref-text')?.getBoundingClientRect() ?? null,
    destroy() {
      observer.disconnect();
      void pdf.destroy();
    },
  };
}
