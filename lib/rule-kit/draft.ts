// Helpers that keep rule files short: a finding with every key present, and the page's words.
import type { Lang } from '../i18n/lang';
import { BLOCK_NAMES, tableName } from '../i18n/terms';
import type { ModelCell } from '../model';
import type { SectionKey, TableKey } from '../templates/types';
import type { FindingDraft } from './types';

type Keys = Pick<FindingDraft, 'section' | 'table' | 'block' | 'row' | 'column'>;

export function finding<const M extends string>(
  messageId: M, keys: Partial<Keys>, rest: Partial<Omit<FindingDraft<M>, keyof Keys | 'messageId'>> = {},
): FindingDraft<M> {
  return {
    section: null, table: null, block: null, row: null, column: null,
    expected: null, actual: null, params: {}, cells: [], ...keys, ...rest, messageId,
  };
}

/** The section a table belongs to shares the table's key. */
export function sectionOf(table: TableKey): SectionKey {
  return table;
}

/** 「表三（依申请公开）」, with the proactive block when there is one. */
export function where(table: TableKey, block: string | null, lang: Lang): string {
  const b = block ? BLOCK_NAMES[block]?.[lang] : undefined;
  return b ? `${tableName(table, lang)}${lang === 'zh' ? '' : ' '}${b}` : tableName(table, lang);
}

/** A cell's place in the page's own words: 「予以公开」行「总计」列. */
export function cellPlace(c: ModelCell, lang: Lang): string {
  const row = shortLabel(c.rowLabel);
  const col = shortLabel(c.columnLabel);
  return lang === 'zh' ? `「${row}」行「${col}」列` : `row “${row}”, column “${col}”`;
}

/** Long labels cut for messages: 「（二）部分公开（区分处理的…）」 → 「（二）部分公开」. */
export function shortLabel(label: string): string {
  const cut = label.replace(/\s+/g, '').replace(/[（(]区分处理的.*$/, '');
  return cut.length > 40 ? `${cut.slice(0, 38)}…` : cut;
}

export function num(n: number | null): string {
  return n === null ? '' : String(Math.round(n * 1e6) / 1e6);
}
