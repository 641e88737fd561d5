// Reads one table cell's text into a classified value. Blank and 0 stay different facts.
import { cleanText } from './normalize';

export type ValueClass = 'number' | 'empty' | 'placeholder' | 'malformed' | 'text';

export interface CellValue {
  cls: ValueClass;
  /** The number read (malformed: read by its digits); null for empty, placeholder and text. */
  value: number | null;
  /** The cell's text as written, whitespace collapsed. */
  text: string;
  /** A unit written inside the cell (元, 万元, 件 …), or null. */
  unit: string | null;
  /** Digits after the decimal point as written (for amounts' precision). */
  decimals: number;
}

const PLACEHOLDERS = new Set(['/', '\\', '-', '--', '---', '—', '——', '–', '―', '─', '无', '不适用', 'N/A', 'n/a', 'NA', 'na', '空', '暂无', '×', 'x', 'X', '/ /']);
const UNIT = /\s*(万元|亿元|千元|元|件次|人次|件|个|项|条|次|宗|家)$/;
const CLEAN = /^[+-]?(?:0|[1-9]\d*)(?:\.\d+)?$/;
const THOUSANDS = /^[+-]?[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?$/;
const LOOSE_DIGITS = /^[+-]?[\d\s.]*\d[\d\s.]*$/;

function decimalsOf(s: string): number {
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

export function readCellValue(raw: string): CellValue {
  const text = cleanText(raw);
  if (text === '') return { cls: 'empty', value: null, text, unit: null, decimals: 0 };
  if (PLACEHOLDERS.has(text) || /^[-—–―─/\\]+$/.test(text)) {
    return { cls: 'placeholder', value: null, text, unit: null, decimals: 0 };
  }
  let body = text;
  let unit: string | null = null;
  const u = body.match(UNIT);
  if (u && u.index! > 0) {
    unit = u[1]!;
    body = body.slice(0, u.index).trim();
  }
  if (CLEAN.test(body)) {
    return { cls: 'number', value: Number(body), text, unit, decimals: decimalsOf(body) };
  }
  if (THOUSANDS.test(body)) {
    const plain = body.replace(/,/g, '');
    return { cls: 'number', value: Number(plain), text, unit, decimals: decimalsOf(plain) };
  }
  // 「00」, 「007」, 「0 0」, 「1 2」, 「1 .5」: digits that are not a clean number.
  if (LOOSE_DIGITS.test(body)) {
    const sign = body.startsWith('-') ? -1 : 1;
    const digits = body.replace(/[\s+-]/g, '');
    if (/^\d+(?:\.\d+)?$/.test(digits)) {
      return { cls: 'malformed', value: sign * Number(digits), text, unit, decimals: decimalsOf(digits) };
    }
  }
  return { cls: 'text', value: null, text, unit: null, decimals: 0 };
}

/** The value used in arithmetic: numbers and malformed numbers by their digits, else null. */
export function numericValue(v: CellValue): number | null {
  return v.cls === 'number' || v.cls === 'malformed' ? v.value : null;
}
