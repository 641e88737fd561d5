// A Word .docx file as a report source, the same model the HTML source gives: the paragraphs' lines
// and the statistical tables in reading order, each table's grid, the file's metadata and the
// detector's sample. Tables are told statistical by the same phrases (parse/table-kind.ts) and a
// leaf table of three or more columns is a data table, as on a page.
import { DOCUMENT_TEXT } from '../../i18n/documents';
import { tableKindOfText } from '../../parse/table-kind';
import type { Steps } from '../../steps';
import { ITEMS_PER_STEP, ticker } from '../../steps';
import { squash } from '../../text/normalize';
import type { DetectionSample, Grid, Item, PageMeta, ReportSource } from '../types';
import { UnreadableDocument } from '../unreadable';
import type { DocxBlock, DocxBody, DocxTable } from './body';
import { readBody } from './body';
import { docxGridSteps } from './grid';
import { docxMeta } from './meta';
import { readNumbering } from './numbering';
import { unpackDocx } from './package';
import { DOCUMENT_PART } from './signature';
import type { DocxRef } from './ref';
import { readStyles } from './styles';
import { blockText, holdsTable, tableText } from './text';
import type { XmlElement } from './xml';
import { parseXml } from './xml';

export interface DocxDocument {
  body: DocxBody;
  meta: PageMeta;
}

/** The file read: throws UnreadableDocument when it is not a .docx the source can read. */
export function readDocx(bytes: Uint8Array): DocxDocument {
  const parts = unpackDocx(bytes);
  try {
    const part = (name: string): XmlElement | null => (parts[name] ? parseXml(parts[name]) : null);
    const body = readBody(parseXml(parts[DOCUMENT_PART]!), readStyles(part('word/styles.xml')), readNumbering(part('word/numbering.xml')));
    return { body, meta: docxMeta(part('docProps/core.xml'), part('docProps/custom.xml')) };
  } catch (e) {
    if (e instanceof UnreadableDocument) throw e;
    throw new UnreadableDocument('unsupported', DOCUMENT_TEXT.docxDamaged);
  }
}

/** A leaf table of three or more columns holds data, not layout (as lines.ts tells a page's). */
function isDataTable(table: DocxTable): boolean {
  const first = table.rows[0];
  if (!first) return false;
  const cols = first.reduce((n, c) => n + c.span, 0);
  return cols >= 3 && squash(tableText(table)).length < 4000;
}

function* linearize(blocks: readonly DocxBlock[]): Steps<Item<DocxRef>[]> {
  const tick = ticker(ITEMS_PER_STEP);
  const items: Item<DocxRef>[] = [];
  const line = (text: string, ref: DocxRef, inTable: boolean) => {
    const t = text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
    if (t) items.push({ kind: 'line', line: { text: t, ref, inTable } });
  };
  // Depth first over an explicit stack: a table's cells' blocks are read in row order.
  const stack: { block: DocxBlock; inTable: boolean }[] = [...blocks].reverse().map((block) => ({ block, inTable: false }));
  while (stack.length > 0) {
    if (tick()) yield;
    const { block, inTable } = stack.pop()!;
    if (block.kind === 'paragraph') {
      let buf = '';
      for (const s of block.content) {
        if (s.kind === 'text') buf += s.text;
        else {
          line(buf, block.ref, inTable);
          buf = '';
          if (s.kind === 'image') items.push({ kind: 'image', ref: s.ref });
        }
      }
      line(buf, block.ref, inTable);
      continue;
    }
    let cellsInTable = inTable;
    if (!holdsTable(block)) {
      const kind = tableKindOfText(tableText(block));
      if (kind) {
        items.push({ kind: 'table', ref: block.ref, table: kind });
        continue;
      }
      cellsInTable = isDataTable(block);
    }
    const inner: DocxBlock[] = [];
    for (const row of block.rows) for (const cell of row) if (cell.merge !== 'continue') inner.push(...cell.blocks);
    for (let i = inner.length - 1; i >= 0; i--) stack.push({ block: inner[i]!, inTable: cellsInTable });
  }
  return items;
}

function docxSample(doc: DocxDocument): DetectionSample {
  const { body, meta } = doc;
  return {
    title: meta.title,
    articleTitle: meta.tags.articletitle ?? null,
    *headings(perLevel) {
      for (let level = 1; level <= 3; level++) {
        let n = 0;
        for (const p of body.paragraphs) {
          if (n >= perLevel) break;
          if (p.heading === level) {
            n++;
            yield blockText(p);
          }
        }
      }
    },
    *tableTexts(limit) {
      for (const t of body.tables.slice(0, limit)) if (!holdsTable(t)) yield tableText(t);
    },
  };
}

export function docxSource(doc: DocxDocument): ReportSource<DocxRef> {
  const grids = new Map<DocxRef, Grid<DocxRef>>();
  const byRef = new Map<DocxRef, DocxTable>(doc.body.tables.map((t) => [t.ref, t]));
  return {
    meta: doc.meta,
    sample: docxSample(doc),
    items: () => linearize(doc.body.blocks),
    *grid(ref) {
      let grid = grids.get(ref);
      if (!grid) {
        const table = byRef.get(ref);
        if (!table) throw new Error('not a table of this document');
        grids.set(ref, (grid = yield* docxGridSteps(table)));
      }
      return grid;
    },
  };
}
