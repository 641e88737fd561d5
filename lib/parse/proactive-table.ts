// Reads the `proactive` table (section 二): caption rows (第二十条第（X）项) open blocks, header rows
// name the columns, each row label names its block and row. Works over one or several <table>s.
import type { PlaceIndex } from '../sources/places';
import type { Grid, GridCell } from '../sources/types';
import { rowCells } from '../sources/types';
import { readCellValue } from '../text/cell-value';
import { chineseNumeral, squash } from '../text/normalize';
import type { ParsedTable } from '../model';
import type { Steps } from '../steps';
import { TEMPLATES } from '../templates';
import type { LabelDef, ProactiveBlockDef, RowDef, TemplateId } from '../templates/types';
import { matchLabel } from './labels';
import { addCell, addUnexpectedRow, addVariant, headerUnit, startTable, textOf } from './table-model';

const CAPTION = /第二十条第[(]?([一二三四五六七八九十]+)[)]?项/;
const TEMPLATE_IDS: TemplateId[] = ['2021', '2019'];

interface ColHit<R> {
  col: number;
  template: TemplateId;
  def: LabelDef;
  page: string;
  exact: boolean;
  unit: string | null;
  ref: R;
}

interface RowFound<R> {
  block: string;
  template: TemplateId;
  def: RowDef;
  page: string;
  labelRef: R;
  grid: Grid<R>;
  r: number;
  labelCol: number;
  header: ColHit<R>[] | null;
}

function blockDefs(item: number): { template: TemplateId; block: ProactiveBlockDef }[] {
  return TEMPLATE_IDS.flatMap((t) => TEMPLATES[t].proactive.filter((b) => b.item === item).map((block) => ({ template: t, block })));
}

const ALL_ROWS = TEMPLATE_IDS.flatMap((t) => TEMPLATES[t].proactive.flatMap((b) => b.rows.map((def) => ({ template: t, block: b.key, def }))));

function matchColumns<R>(cells: GridCell<R>[], item: number | null): ColHit<R>[] {
  const candidates = item === null ? TEMPLATE_IDS.flatMap((t) => TEMPLATES[t].proactive.map((block) => ({ template: t, block }))) : blockDefs(item);
  const hits: ColHit<R>[] = [];
  for (const cell of cells) {
    const text = textOf(cell);
    if (!text || /信息内容/.test(squash(text))) continue;
    let best: ColHit<R> | null = null;
    for (const { template, block } of candidates) {
      const m = matchLabel(text, block.columns);
      if (m && (!best || (m.exact && !best.exact))) {
        best = { col: cell.col, template, def: m.def, page: text, exact: m.exact, unit: headerUnit(text), ref: cell.ref };
      }
    }
    if (best) hits.push(best);
  }
  return hits;
}

export function* parseProactiveSteps<R>(parts: Grid<R>[], places: PlaceIndex<R>): Steps<ParsedTable> {
  const reading = startTable('proactive', parts, places);
  const { table } = reading;
  const found: RowFound<R>[] = [];
  const markers: Record<TemplateId, number> = { '2019': 0, '2021': 0 };
  for (const grid of parts) {
    let item: number | null = null;
    let header: ColHit<R>[] | null = null;
    for (let r = 0; r < grid.height; r++) {
      if (r % 128 === 127) yield;
      const all = rowCells(grid, r).filter((c) => textOf(c) !== '');
      // The caption 第二十条第（X）项 is a row of its own, or a cell beside the block's rows (rowspan).
      const captions = all.filter((c) => CAPTION.test(squash(textOf(c))));
      const cells = all.filter((c) => !captions.includes(c));
      if (captions.length > 0) {
        const n = chineseNumeral(squash(textOf(captions[0]!)).match(CAPTION)![1]!);
        if (n !== item) {
          item = n;
          header = null;
        }
      }
      if (cells.length === 0) continue;
      const joined = squash(cells.map(textOf).join(''));
      const first = cells[0]!;
      const rowMatch = matchLabel(textOf(first), ALL_ROWS.map((x) => x.def));
      const looksHeader = cells.every((c) => readCellValue(c.text).cls === 'text') && (/信息内容/.test(joined) || !rowMatch);
      if (looksHeader) {
        const hits = matchColumns(cells, item);
        if (hits.length > 0) {
          header = hits;
          for (const h of hits) if (h.exact) markers[h.template]++;
        }
        continue;
      }
      if (!rowMatch) {
        // A row the template does not have (a regional addition) that holds values: kept out, reported.
        const values = cells.slice(1).filter((c) => readCellValue(c.text).cls !== 'text');
        if (item !== null && values.length > 0) addUnexpectedRow(reading, { block: `art20-${item}`, label: textOf(first) }, first.ref);
        continue;
      }
      const options = ALL_ROWS.filter((x) => x.def === rowMatch.def);
      const pick = options.find((o) => item === null || o.block === `art20-${item}`) ?? options[0]!;
      if (options.every((o) => o.template === '2019')) markers['2019']++;
      found.push({ block: pick.block, template: pick.template, def: pick.def, page: textOf(first), labelRef: first.ref, grid, r, labelCol: first.col + first.colSpan, header });
    }
  }
  for (const f of found) for (const h of f.header ?? []) if (!h.exact) markers[h.template] += 0.5;
  const template: TemplateId | null = markers['2019'] === 0 && markers['2021'] === 0 ? null : markers['2019'] > markers['2021'] ? '2019' : '2021';
  table.template = template;
  const tpl = TEMPLATES[template ?? '2021'];

  const seenRows = new Set<string>();
  const seenBlocks = new Set<string>();
  const columnVariantSeen = new Set<R>();
  for (const f of found) {
    const blockDef = tpl.proactive.find((b) => b.rows.some((d) => d.key === f.def.key));
    const rowDef = blockDef?.rows.find((d) => d.key === f.def.key);
    if (!blockDef || !rowDef || seenRows.has(`${blockDef.key}/${rowDef.key}`)) {
      addUnexpectedRow(reading, { block: blockDef?.key ?? f.block, label: f.page }, f.labelRef);
      continue;
    }
    seenRows.add(`${blockDef.key}/${rowDef.key}`);
    seenBlocks.add(blockDef.key);
    if (!matchLabel(f.page, [rowDef])?.exact) {
      addVariant(reading, { kind: 'row', block: blockDef.key, row: rowDef.key, column: null, page: f.page, template: rowDef.label }, f.labelRef);
    }
    // Columns: by the block's header where it names them, else by position after the label.
    const byHeader = new Map<string, ColHit<R>>();
    for (const h of f.header ?? []) {
      const def = blockDef.columns.find((c) => c.key === h.def.key);
      if (def && !byHeader.has(def.key)) byHeader.set(def.key, h);
    }
    const valueCells = rowCells(f.grid, f.r, f.labelCol);
    blockDef.columns.forEach((colDef, i) => {
      const h = byHeader.get(colDef.key);
      const slot = h ? f.grid.slots[f.r]?.[h.col] : byHeader.size === 0 ? valueCells[i] : undefined;
      if (h && !columnVariantSeen.has(h.ref) && !matchLabel(h.page, [colDef])?.exact) {
        columnVariantSeen.add(h.ref);
        addVariant(reading, { kind: 'column', block: blockDef.key, row: null, column: colDef.key, page: h.page, template: colDef.label }, h.ref);
      }
      if (!h && byHeader.size > 0) {
        if (!table.missingColumns.some((m) => m.block === blockDef.key && m.column === colDef.key)) {
          table.missingColumns.push({ block: blockDef.key, row: null, column: colDef.key });
        }
        return;
      }
      addCell(reading, { block: blockDef.key, row: rowDef.key, column: colDef.key }, slot, {
        row: f.page, column: h?.page ?? colDef.label, unit: h?.unit ?? headerUnit(colDef.label),
      });
    });
  }
  for (const block of tpl.proactive) {
    if (!seenBlocks.has(block.key)) {
      table.missingBlocks.push(block.key);
      continue;
    }
    for (const row of block.rows) if (!seenRows.has(`${block.key}/${row.key}`)) table.missingRows.push({ block: block.key, row: row.key });
  }
  return table;
}
