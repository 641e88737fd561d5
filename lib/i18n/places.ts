// A (table, block, row, column) address named in the template's own words: 「（一）予以公开」,
// 「自然人」, 「第二十条第（九）项」, 表三. The one place a key becomes a name; keys stay in JSON.
import { APPEAL_COLUMNS, APPEAL_GROUPS } from '../templates/appeals';
import { REQUEST_COLUMNS, REQUEST_ROWS } from '../templates/requests';
import { TEMPLATE_2019 } from '../templates/t2019';
import { TEMPLATE_2021 } from '../templates/t2021';
import type { LabelDef, SectionKey, TableKey, TemplateId } from '../templates/types';
import type { Lang } from './lang';
import { format } from './lang';
import { ui } from './ui';
import { BLOCK_NAMES, sectionName, tableName } from './terms';

export interface PlaceAddr {
  table: TableKey | null;
  block: string | null;
  row: string | null;
  column: string | null;
}

/** The template's labels are stored with half-width punctuation: shown as the template prints them. */
function printed(label: string): string {
  return label.replace(/\(/g, '（').replace(/\)/g, '）').replace(/,/g, '，');
}

/** The group a requests item sits under, so that 「1.属于国家秘密」 is not one of four 「1.」s. */
const REQUEST_GROUP_OF: readonly [RegExp, string][] = [
  [/^denied-/, '（三）不予公开'],
  [/^unavailable-/, '（四）无法提供'],
  [/^rejected-/, '（五）不予处理'],
  [/^other-(no-correction|unpaid-fee|misc)$/, '（六）其他处理'],
];

function find(defs: readonly LabelDef[], key: string): string | null {
  const d = defs.find((x) => x.key === key);
  return d ? printed(d.label) : null;
}

/** The template id a report's labels are looked up in ('mixed' and 'unknown' name none). */
export function reportTemplate(template: string): TemplateId | null {
  return template === '2019' || template === '2021' ? template : null;
}

/** Templates to look a label up in: the report's own first. */
function templatesFor(template: TemplateId | null | undefined) {
  return template === '2019' ? [TEMPLATE_2019, TEMPLATE_2021] : [TEMPLATE_2021, TEMPLATE_2019];
}

/** The template's name of a row: 「（一）予以公开」, 「（三）不予公开 1.属于国家秘密」, 「行政复议」. */
export function rowName(table: TableKey, block: string | null, row: string, template?: TemplateId | null): string {
  if (table === 'requests') {
    const label = find(REQUEST_ROWS, row);
    if (label === null) return row;
    const group = REQUEST_GROUP_OF.find(([re]) => re.test(row))?.[1];
    return group ? `${group} ${label}` : label;
  }
  if (table === 'appeals') return find(APPEAL_GROUPS, row) ?? row;
  return proactiveLabel(block, 'rows', row, template) ?? row;
}

/** The template's name of a column: 「自然人」, 「现行有效件数」, 「结果维持」. */
export function columnName(table: TableKey, block: string | null, column: string, template?: TemplateId | null): string {
  if (table === 'requests') return find(REQUEST_COLUMNS, column) ?? column;
  if (table === 'appeals') return find(APPEAL_COLUMNS, column) ?? column;
  return proactiveLabel(block, 'columns', column, template) ?? column;
}

/** A proactive block's row or column label, in the report's template first. */
function proactiveLabel(block: string | null, kind: 'rows' | 'columns', key: string, template?: TemplateId | null): string | null {
  for (const t of templatesFor(template)) {
    const b = t.proactive.find((x) => x.key === block);
    const label = b ? find(b[kind], key) : null;
    if (label) return label;
  }
  return null;
}

/** 「第二十条第（九）项」. */
export function blockName(block: string, lang: Lang): string {
  const named = BLOCK_NAMES[block]?.[lang];
  if (named) return named;
  const item = /^art20-(\d+)$/.exec(block);
  return item ? (lang === 'zh' ? `第二十条第（${item[1]}）项` : `Art. 20 (${item[1]})`) : block;
}

/** The names of each part of an address, null where the address has none (the CSV's columns). */
export function placeParts(a: PlaceAddr & { section?: SectionKey | null }, lang: Lang, template?: TemplateId | null) {
  const section = a.section ?? null;
  return {
    section: section ? sectionName(section, lang) : null,
    table: a.table ? tableName(a.table, lang) : null,
    block: a.block ? blockName(a.block, lang) : null,
    row: a.table && a.row ? rowName(a.table, a.block, a.row, template) : null,
    column: a.table && a.column ? columnName(a.table, a.block, a.column, template) : null,
  };
}

/**
 * An address in the template's words: 「表三（依申请公开）「（一）予以公开」行「总计」列」,
 * 「表二（主动公开）第二十条第（一）项「规章」行」, 「表四（复议诉讼）「行政复议」「总计」列」.
 * '' when the address names no table.
 */
export function placeName(a: PlaceAddr, lang: Lang, template?: TemplateId | null): string {
  if (!a.table) return '';
  const p = placeParts(a, lang, template);
  const zh = lang === 'zh';
  const parts: string[] = [p.table!];
  if (p.block) parts.push(p.block);
  if (p.row) parts.push(zh ? (a.table === 'appeals' ? `「${p.row}」` : `「${p.row}」行`) : `${a.table === 'appeals' ? 'group' : 'row'} “${p.row}”`);
  if (p.column) parts.push(zh ? `「${p.column}」列` : `column “${p.column}”`);
  return parts.join(zh ? '' : ', ');
}

interface ValuedFinding {
  actual: number | null;
  cells: readonly { text: string; role: string }[];
}

/** The one cell a finding's `actual` was read from: its total, else its only value cell. */
function actualCell(f: ValuedFinding): { text: string } | null {
  const totals = f.cells.filter((c) => c.role === 'total');
  if (totals.length === 1) return totals[0]!;
  if (totals.length === 0 && f.cells.length === 1) return f.cells[0]!;
  return null;
}

/**
 * The number used, with the cell's text as written beside it when they differ:
 * 「0（单元格写作「00」）」; 「空白」 for a blank cell.
 */
export function actualText(f: ValuedFinding, lang: Lang): string {
  if (f.actual === null) return ui('exportHtmlBlank', lang);
  const shown = String(f.actual);
  const written = actualCell(f)?.text.trim();
  if (!written || written === shown) return shown;
  return format(ui('actualAsWritten', lang), { value: shown, text: written });
}
