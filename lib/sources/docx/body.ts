// word/document.xml as blocks in reading order: paragraphs (their text, breaks and pictures, the
// list label Word draws, the heading level) and tables (rows of cells with their grid column, span
// and vertical merge, the cells holding blocks again, nested tables too). Each paragraph, table,
// cell and picture gets one reference object, numbered in document order.
import type { Numbering } from './numbering';
import { isNumbered } from './numbering';
import type { DocxRef } from './ref';
import type { Styles } from './styles';
import { numPrOf, outlineOf } from './styles';
import type { XmlElement } from './xml';
import { child, childElements, childVal, ownText } from './xml';

export type Segment = { kind: 'text'; text: string } | { kind: 'break' } | { kind: 'image'; ref: DocxRef };

export interface DocxParagraph {
  kind: 'paragraph';
  ref: DocxRef;
  /** 1–9 for a heading, else null. */
  heading: number | null;
  content: Segment[];
}

export interface DocxCell {
  ref: DocxRef;
  /** The grid column the cell starts at. */
  col: number;
  span: number;
  /** w:vMerge: 'continue' cells belong to the cell above. */
  merge: 'restart' | 'continue' | null;
  blocks: DocxBlock[];
}

export interface DocxTable {
  kind: 'table';
  ref: DocxRef;
  rows: DocxCell[][];
}

export type DocxBlock = DocxParagraph | DocxTable;

export interface DocxBody {
  blocks: DocxBlock[];
  /** Every paragraph and table, nested ones too, in document order. */
  paragraphs: DocxParagraph[];
  tables: DocxTable[];
}

/** Containers whose content stands in their place (content controls, custom XML, revisions). */
const TRANSPARENT = new Set(['w:sdt', 'w:sdtContent', 'w:customXml', 'w:smartTag', 'w:hyperlink', 'w:ins', 'w:moveTo', 'w:fldSimple', 'w:bdo', 'w:dir']);
/** Never read: deleted text, field instructions, properties. */
const SKIP = new Set(['w:del', 'w:moveFrom', 'w:delText', 'w:instrText', 'w:rPr', 'w:pPr', 'w:sdtPr', 'w:sdtEndPr', 'w:customXmlPr', 'mc:Fallback', 'w:rt']);
const MAX_SPAN = 1000;

/** Hidden text (<w:vanish/>): Word neither shows nor prints it. */
function isHidden(rPr: XmlElement | undefined): boolean {
  const vanish = child(rPr, 'w:vanish');
  return vanish !== undefined && !['false', '0', 'off'].includes(vanish.attrs.val ?? 'true');
}

export function readBody(root: XmlElement, styles: Styles, numbering: Numbering): DocxBody {
  const paragraphs: DocxParagraph[] = [];
  const tables: DocxTable[] = [];
  let images = 0;

  const paragraph = (p: XmlElement, floating: DocxBlock[]): DocxParagraph => {
    const pPr = child(p, 'w:pPr');
    const styleId = childVal(pPr, 'w:pStyle');
    const outline = outlineOf(pPr);
    const heading = outline !== undefined ? (outline <= 8 ? outline + 1 : null) : styles.headingLevel(styleId);
    const own = numPrOf(pPr);
    const num = own?.numId !== undefined ? { level: own.level ?? styles.numbering(styleId)?.level ?? 0, numId: own.numId } : { ...styles.numbering(styleId), ...own };
    const para: DocxParagraph = { kind: 'paragraph', ref: { kind: 'paragraph', index: paragraphs.length }, heading, content: [] };
    paragraphs.push(para);
    if (isNumbered(num)) {
      const label = numbering.next(num);
      if (label) para.content.push({ kind: 'text', text: label });
    }
    const inline = (el: XmlElement) => {
      for (const c of childElements(el)) {
        if (SKIP.has(c.name)) continue;
        switch (c.name) {
          case 'w:t':
            para.content.push({ kind: 'text', text: ownText(c) });
            break;
          case 'w:tab':
          case 'w:ptab':
            para.content.push({ kind: 'text', text: '\t' });
            break;
          case 'w:noBreakHyphen':
            para.content.push({ kind: 'text', text: '-' });
            break;
          case 'w:br':
          case 'w:cr':
            para.content.push({ kind: 'break' });
            break;
          case 'w:drawing':
          case 'w:pict':
          case 'w:object':
            picture(c);
            break;
          case 'mc:AlternateContent':
            // The first choice only: the fallback repeats it in older markup.
            inline(childElements(c).find((x) => x.name === 'mc:Choice') ?? c);
            break;
          case 'w:r':
            if (!isHidden(child(c, 'w:rPr'))) inline(c);
            break;
          case 'w:ruby':
            inline(child(c, 'w:rubyBase') ?? c);
            break;
          default:
            if (TRANSPARENT.has(c.name)) inline(c);
        }
      }
    };
    // A picture is an image in the reading order; a text box's paragraphs follow the paragraph.
    const picture = (el: XmlElement) => {
      let image = false;
      const walk = (e: XmlElement) => {
        for (const c of childElements(e)) {
          if (c.name === 'a:blip' || c.name === 'v:imagedata') image = true;
          if (c.name === 'w:txbxContent') floating.push(...blocks(c));
          else if (c.name !== 'mc:Fallback') walk(c);
        }
      };
      walk(el);
      if (image) para.content.push({ kind: 'image', ref: { kind: 'image', index: images++ } });
    };
    inline(p);
    return para;
  };

  const table = (tbl: XmlElement): DocxTable => {
    const index = tables.length;
    const t: DocxTable = { kind: 'table', ref: { kind: 'table', index }, rows: [] };
    tables.push(t);
    const rowEls: XmlElement[] = [];
    const collectRows = (el: XmlElement) => {
      for (const c of childElements(el)) {
        if (c.name === 'w:tr') rowEls.push(c);
        else if (TRANSPARENT.has(c.name)) collectRows(c);
      }
    };
    collectRows(tbl);
    for (const [r, tr] of rowEls.entries()) {
      const trPr = child(tr, 'w:trPr');
      let col = Number(childVal(trPr, 'w:gridBefore') ?? 0) || 0;
      const row: DocxCell[] = [];
      const cellEls: XmlElement[] = [];
      const collectCells = (el: XmlElement) => {
        for (const c of childElements(el)) {
          if (c.name === 'w:tc') cellEls.push(c);
          else if (TRANSPARENT.has(c.name)) collectCells(c);
        }
      };
      collectCells(tr);
      for (const tc of cellEls) {
        const tcPr = child(tc, 'w:tcPr');
        const span = Math.min(Math.max(Number(childVal(tcPr, 'w:gridSpan') ?? 1) || 1, 1), MAX_SPAN);
        const vMerge = child(tcPr, 'w:vMerge');
        const merge = vMerge ? (vMerge.attrs.val === 'restart' ? 'restart' : 'continue') : null;
        // The old horizontal merge: a continuing cell widens the one before it.
        const hMerge = child(tcPr, 'w:hMerge');
        const last = row[row.length - 1];
        if (hMerge && hMerge.attrs.val !== 'restart' && last) {
          last.span += span;
          col += span;
          continue;
        }
        row.push({ ref: { kind: 'cell', table: index, row: r, col }, col, span, merge, blocks: blocks(tc) });
        col += span;
      }
      t.rows.push(row);
    }
    return t;
  };

  const blocks = (container: XmlElement): DocxBlock[] => {
    const out: DocxBlock[] = [];
    for (const c of childElements(container)) {
      if (c.name === 'w:p') {
        const floating: DocxBlock[] = [];
        out.push(paragraph(c, floating), ...floating);
      } else if (c.name === 'w:tbl') out.push(table(c));
      else if (c.name === 'mc:AlternateContent') out.push(...blocks(childElements(c).find((x) => x.name === 'mc:Choice') ?? c));
      else if (TRANSPARENT.has(c.name) && !SKIP.has(c.name)) out.push(...blocks(c));
    }
    return out;
  };

  const body = child(root, 'w:body') ?? root;
  return { blocks: blocks(body), paragraphs, tables };
}
