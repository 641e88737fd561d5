// Lays a .docx's blocks (read-docx.mjs) out on A4 pages and writes them as a word processor does
// when it saves a PDF, in one of two manners:
//
// - `word`, as Word's "save as PDF": each line one text run, body lines justified by character
//   spacing, short header labels of a table spread over their cell (分散对齐, which pdf.js reads
//   with spaces between the characters); table borders painted as thin filled rectangles, cell by
//   cell; a row too tall for the rest of the page is cut, its text going on at the top of the next
//   page, and the table's header rows printed again there; footer 「第 N 页 共 M 页」.
// - `wps`, as WPS Office's export: every character its own text object, borders stroked as lines,
//   a row never cut (moved whole to the next page) and the header not repeated, so the table's
//   part on the next page has no header; merged cells' text centred in their height; footer 「- N -」.
//
// As Word sets a Chinese document, Chinese text is in a CJK font (Droid Sans Fallback) and Latin
// letters and digits in a Latin one (Liberation Serif, Times New Roman's metrics), so a line
// switches fonts where its script does. Both are TrueType fonts embedded as subsets of the
// characters used, with their ToUnicode maps; the subsets are cut by fonttools' pyftsubset (pdf-lib's
// own subsetting loses most of the CJK font's glyphs). The producer and dates go in the info
// dictionary.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, PDFName, PDFString, rgb, setCharacterSpacing } from 'pdf-lib';

const PAGE = { w: 595.3, h: 841.9 };
const MARGIN = { left: 90, right: 90, top: 72, bottom: 72 };
const TEXT_W = PAGE.w - MARGIN.left - MARGIN.right;
const BODY = 10.5;
const TABLE = 9;
const HEADING_SIZE = { 1: 16, 2: 14, 3: 12 };
const LEADING = 1.45;
const CELL_PAD = 3;
const BLACK = rgb(0, 0, 0);
const STAMP = new Date('2023-01-20T09:30:00+08:00');

const PRODUCERS = {
  word: { producer: 'Microsoft® Word 2016', creator: 'Microsoft® Word 2016' },
  wps: { producer: 'WPS 文字', creator: 'WPS 文字' },
};

/** Characters a line may not start with (they hang at the end of the line before). */
const NO_START = /^[，。、；：？！）」』】》〉”’%,.;:)\]]/;
const LATIN = /[A-Za-z0-9.\-/%]/;

/** A character set in the Latin font: Latin script and general punctuation (quotes, dashes). */
const isLatin = (ch) => ch.codePointAt(0) < 0x2070;

/** The two fonts a line is set in, measured and drawn by script. */
class Fonts {
  constructor(cjk, latin) {
    this.cjk = cjk;
    this.latin = latin;
  }

  /** The text cut where it changes font. */
  segments(str) {
    const out = [];
    for (const ch of str) {
      const font = isLatin(ch) ? this.latin : this.cjk;
      const last = out[out.length - 1];
      if (last && last.font === font) last.text += ch;
      else out.push({ text: ch, font });
    }
    return out;
  }

  widthOfTextAtSize(str, size) {
    return this.segments(str).reduce((w, s) => w + s.font.widthOfTextAtSize(s.text, size), 0);
  }
}

/** The text cut into lines of at most `width` points; Latin words and numbers kept whole. */
function wrap(font, text, size, width) {
  const lines = [];
  for (const para of text.split('\n')) {
    const tokens = para.match(/[A-Za-z0-9.\-/%]+|./gsu) ?? [];
    let line = '';
    let w = 0;
    for (const tok of tokens) {
      const tw = font.widthOfTextAtSize(tok, size);
      if (line !== '' && w + tw > width && !NO_START.test(tok)) {
        lines.push(line);
        line = '';
        w = 0;
      }
      if (tw > width && LATIN.test(tok)) {
        // A number wider than its cell goes on character by character.
        for (const ch of tok) {
          const cw = font.widthOfTextAtSize(ch, size);
          if (line !== '' && w + cw > width) {
            lines.push(line);
            line = '';
            w = 0;
          }
          line += ch;
          w += cw;
        }
        continue;
      }
      line += tok;
      w += tw;
    }
    lines.push(line.replace(/\s+$/, ''));
  }
  return lines;
}

class Writer {
  constructor(doc, font, manner) {
    this.doc = doc;
    this.font = font;
    this.manner = manner;
    this.pages = [];
    this.newPage();
  }

  newPage() {
    this.page = this.doc.addPage([PAGE.w, PAGE.h]);
    this.pages.push(this.page);
    this.y = PAGE.h - MARGIN.top;
  }

  /** Text on a baseline; `spacing`: extra space after each character (justified or spread). */
  text(str, x, baseline, size, spacing = 0) {
    if (str === '') return;
    if (this.manner === 'wps') {
      let at = x;
      for (const ch of str) {
        const font = isLatin(ch) ? this.font.latin : this.font.cjk;
        if (ch.trim() !== '') this.page.drawText(ch, { x: at, y: baseline, size, font, color: BLACK });
        at += this.font.widthOfTextAtSize(ch, size) + spacing;
      }
      return;
    }
    if (spacing) this.page.pushOperators(setCharacterSpacing(spacing));
    let at = x;
    for (const seg of this.font.segments(str)) {
      this.page.drawText(seg.text, { x: at, y: baseline, size, font: seg.font, color: BLACK });
      at += seg.font.widthOfTextAtSize(seg.text, size) + spacing * [...seg.text].length;
    }
    if (spacing) this.page.pushOperators(setCharacterSpacing(0));
  }

  /** A border segment: a filled rectangle half a point thick (Word), or a stroked line (WPS). */
  rule(x0, y0, x1, y1) {
    if (this.manner === 'wps') {
      this.page.drawLine({ start: { x: x0, y: y0 }, end: { x: x1, y: y1 }, thickness: 0.75, color: BLACK });
      return;
    }
    const t = 0.5;
    if (y0 === y1) this.page.drawRectangle({ x: x0 - t / 2, y: y0 - t / 2, width: x1 - x0 + t, height: t, color: BLACK });
    else this.page.drawRectangle({ x: x0 - t / 2, y: Math.min(y0, y1) - t / 2, width: t, height: Math.abs(y1 - y0) + t, color: BLACK });
  }

  paragraph(p) {
    const text = p.text.replace(/[ \u00a0]+$/g, '');
    if (text.trim() === '') {
      this.y -= BODY * 0.6;
      return;
    }
    const size = HEADING_SIZE[p.heading] ?? BODY;
    const lh = size * LEADING;
    const lines = wrap(this.font, text, size, TEXT_W);
    lines.forEach((line, i) => {
      if (this.y - lh < MARGIN.bottom) this.newPage();
      const w = this.font.widthOfTextAtSize(line, size);
      const chars = [...line].length;
      let x = MARGIN.left;
      let spacing = 0;
      if (p.jc === 'center' || p.heading) x += (TEXT_W - w) / 2;
      else if (p.jc === 'right') x += TEXT_W - w;
      // Word justifies every line of a body paragraph but its last.
      else if (this.manner === 'word' && i < lines.length - 1 && chars > 1) spacing = (TEXT_W - w) / (chars - 1);
      this.text(line, x, this.y - size, size, spacing);
      this.y -= lh;
    });
    this.y -= size * 0.3;
  }

  table(t) {
    // A grid with fewer columns than a row spans is widened by columns of its mean width.
    const used = Math.max(1, ...t.rows.map((row) => row.reduce((n, c) => n + c.span, 0)));
    const mean = t.grid.length ? t.grid.reduce((s, w) => s + w, 0) / t.grid.length : 1;
    const grid = [...t.grid, ...Array.from({ length: Math.max(0, used - t.grid.length) }, () => mean)];
    const total = grid.reduce((s, w) => s + w, 0);
    const cols = grid.map((w) => (w / total) * TEXT_W);
    const xs = [MARGIN.left];
    for (const w of cols) xs.push(xs[xs.length - 1] + w);
    const lh = TABLE * 1.3;
    // Each cell placed on the grid, its lines wrapped to its width.
    const placed = t.rows.map((row) => {
      let c = 0;
      return row.map((cell) => {
        const at = { ...cell, col: c, x0: xs[c], x1: xs[c + cell.span] };
        c += cell.span;
        at.lines = cell.vMerge === 'continue' ? [] : wrap(this.font, cell.text.trim(), TABLE, at.x1 - at.x0 - 2 * CELL_PAD);
        return at;
      });
    });
    // The rows a merged cell covers.
    for (let r = 0; r < placed.length; r++) {
      for (const cell of placed[r]) {
        if (cell.vMerge !== 'restart') continue;
        let n = 1;
        while (placed[r + n]?.some((c) => c.col === cell.col && c.vMerge === 'continue')) n++;
        cell.rows = n;
      }
    }
    const heights = placed.map((row) => Math.max(lh + 2 * CELL_PAD, ...row.filter((c) => c.vMerge === null)
      .map((c) => c.lines.length * lh + 2 * CELL_PAD)));
    placed.forEach((row, r) => {
      for (const c of row) {
        if (c.vMerge !== 'restart') continue;
        const need = c.lines.length * lh + 2 * CELL_PAD;
        const have = heights.slice(r, r + c.rows).reduce((s, h) => s + h, 0);
        if (need > have) heights[r + c.rows - 1] += need - have;
      }
    });
    // Header rows: those above the first row that holds a number.
    const firstData = placed.findIndex((row) => row.some((c) => /^\d+$/.test(c.text.trim())));
    const headerRows = firstData > 0 ? Math.min(firstData, 3) : 0;
    this.y -= 2;
    let r = 0;
    let pending = null; // lines of a cut row still to print, per cell
    while (r < placed.length) {
      const room = this.y - MARGIN.bottom;
      const h = pending ? pending.height : heights[r];
      // A merged cell starting here whose text does not fit in its rows on this page starts the
      // next page (both producers keep a merged cell's text in its cell).
      const fits = (c) => {
        let have = 0;
        for (let k = r; k < r + c.rows && have + heights[k] <= room; k++) have += heights[k];
        return have >= c.lines.length * lh + 2 * CELL_PAD;
      };
      const first = this.y === PAGE.h - MARGIN.top;
      if (!pending && !first && placed[r].some((c) => c.vMerge === 'restart' && !fits(c))) {
        this.newPage();
        if (this.manner === 'word' && r >= headerRows) this.repeatHeader(placed, heights, headerRows, lh);
        continue;
      }
      if (h <= room) {
        const top = r === 0 || pending !== null || this.y === PAGE.h - MARGIN.top;
        this.drawRow(placed[r], placed[r + 1], h, pending?.lines, top, heights, r, lh);
        this.y -= h;
        pending = null;
        r++;
        continue;
      }
      if (this.manner === 'word' && room >= lh + 2 * CELL_PAD && !placed[r].some((c) => c.vMerge === 'restart')) {
        // The row cut: what fits here, the rest on the next page.
        const fit = Math.floor((room - 2 * CELL_PAD) / lh);
        const now = new Map();
        const later = new Map();
        for (const c of placed[r]) {
          const lines = pending?.lines.get(c) ?? c.lines;
          now.set(c, lines.slice(0, fit));
          later.set(c, lines.slice(fit));
        }
        this.drawRow(placed[r], placed[r + 1], room, now, r === 0 || this.y === PAGE.h - MARGIN.top, heights, r, lh);
        const left = Math.max(...[...later.values()].map((l) => l.length));
        pending = { lines: later, height: left * lh + 2 * CELL_PAD };
      }
      this.newPage();
      if (this.manner === 'word' && r >= headerRows) this.repeatHeader(placed, heights, headerRows, lh);
    }
    this.y -= BODY * 0.8;
  }

  /** The table's header rows printed again at the top of a page (Word's 「重复标题行」). */
  repeatHeader(placed, heights, headerRows, lh) {
    for (let k = 0; k < headerRows; k++) {
      this.drawRow(placed[k], placed[k + 1], heights[k], null, k === 0, heights, k, lh);
      this.y -= heights[k];
    }
  }

  /** One row's cells and borders at the current height. A merged cell's text is drawn in its
   *  first row over the height of all its rows on this page; the rows it covers draw no top line. */
  drawRow(row, next, h, lines, top, heights, r, lh) {
    const yTop = this.y;
    for (const c of row) {
      const own = lines?.get(c) ?? (lines ? [] : c.lines);
      let span = h;
      if (c.vMerge === 'restart' && !lines) {
        span = 0;
        for (let k = r; k < r + c.rows; k++) {
          if (yTop - span - heights[k] < MARGIN.bottom) break;
          span += heights[k];
        }
      }
      const block = own.length * lh;
      const centred = this.manner === 'wps' || c.vAlign === 'center';
      let y = yTop - CELL_PAD - (centred ? Math.max(0, (span - 2 * CELL_PAD - block) / 2) : 0);
      for (const line of own) {
        const w = this.font.widthOfTextAtSize(line, TABLE);
        const inner = c.x1 - c.x0 - 2 * CELL_PAD;
        const chars = [...line].length;
        let x = c.x0 + CELL_PAD;
        let spacing = 0;
        const spread = this.manner === 'word' && r < 2 && c.jc === 'center' && chars >= 2 && chars <= 4 && own.length === 1
          && /^[\u4e00-\u9fff]+$/.test(line) && inner - w > TABLE * 2;
        if (spread) spacing = (inner - w) / (chars - 1);
        else if (c.jc === 'center') x += (inner - w) / 2;
        else if (c.jc === 'right') x += inner - w;
        this.text(line, x, y - TABLE * 1.05, TABLE, spacing);
        y -= lh;
      }
      if (top || c.vMerge !== 'continue') this.rule(c.x0, yTop, c.x1, yTop);
      this.rule(c.x0, yTop, c.x0, yTop - h);
    }
    const last = row[row.length - 1];
    this.rule(last.x1, yTop, last.x1, yTop - h);
    // The bottom line of the cells that end here: not where a merged cell goes on below.
    for (const c of row) {
      if (!lines && next?.some((n) => n.col === c.col && n.vMerge === 'continue')) continue;
      this.rule(c.x0, yTop - h, c.x1, yTop - h);
    }
  }
}

/** The font file cut to the characters of `text`. */
function subsetFont(fontFile, text) {
  const work = mkdtempSync(join(tmpdir(), 'office-pdf-'));
  try {
    writeFileSync(join(work, 'text.txt'), text);
    execFileSync('pyftsubset', [fontFile, `--text-file=${join(work, 'text.txt')}`, `--output-file=${join(work, 'font.ttf')}`,
      '--no-hinting', '--layout-features=', '--name-IDs=*', '--drop-tables+=FFTM'], { stdio: ['ignore', 'ignore', 'inherit'] });
    return readFileSync(join(work, 'font.ttf'));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const blockText = (b) => (b.kind === 'p' ? b.text : b.rows.flatMap((row) => row.map((c) => c.text)).join(''));

/** The blocks as a PDF's bytes, in the given manner, set in the TrueType fonts `fontFiles`. */
export async function writeOfficePdf({ title, blocks }, manner, fontFiles) {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  const text = `${blocks.map(blockText).join('')}第页共0123456789- `;
  const embed = (file) => doc.embedFont(subsetFont(file, text), { subset: false });
  const font = new Fonts(await embed(fontFiles.cjk), await embed(fontFiles.latin));
  const w = new Writer(doc, font, manner);
  for (const b of blocks) {
    if (b.kind === 'p') w.paragraph(b);
    else w.table(b);
  }
  const n = w.pages.length;
  w.pages.forEach((page, i) => {
    const label = manner === 'word' ? `第 ${i + 1} 页 共 ${n} 页` : `- ${i + 1} -`;
    const size = 9;
    let x = (PAGE.w - font.widthOfTextAtSize(label, size)) / 2;
    for (const seg of font.segments(label)) {
      page.drawText(seg.text, { x, y: MARGIN.bottom / 2, size, font: seg.font, color: BLACK });
      x += seg.font.widthOfTextAtSize(seg.text, size);
    }
  });
  const { producer, creator } = PRODUCERS[manner];
  doc.setTitle(title);
  doc.setProducer(producer);
  doc.setCreator(creator);
  doc.setCreationDate(STAMP);
  doc.setModificationDate(STAMP);
  doc.catalog.set(PDFName.of('Lang'), PDFString.of('zh-CN'));
  return doc.save({ useObjectStreams: true });
}
