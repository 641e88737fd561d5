// Numbers as the prose writes them: ASCII or full-width digits, thousands separators, digits split by
// the spaces span boundaries leave (「1 54 件」), small Chinese numerals for counts (「两件」), and 「X%」.
import { allMatches } from './scan';

const WIDE = /[０-９％．\u3000]/;

/** Full-width digits, ％ and ． as ASCII, the ideographic space as a space: one character for one, so offsets hold. */
export function foldWidth(text: string): string {
  if (!WIDE.test(text)) return text;
  return text.replace(/[０-９％．\u3000]/g, (ch) => (ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}

export interface CountToken {
  value: number;
  /** Offsets in the text given: the number, and the end of its unit. */
  start: number;
  end: number;
  unitEnd: number;
  /** 余 / 多 between the number and its unit. */
  approximate: boolean;
}

// Units of the tables' counts. At most four digit groups split by spaces: longer runs are table text, and the
// bound keeps the scan linear.
// 个 / 项 only where no word follows (「7个工作日」 is not a count of 7).
const ARABIC = /(?<![\d.-])(\d{1,3}(?:[,，]\d{3})+|\d+(?: \d+){0,3}) ?(余|多)? ?(?:(件|宗|起)|(个|项)(?![\u4e00-\u9fff]))/g;
const CHINESE = /(?<![零〇一二两三四五六七八九十百千])([零〇一二两三四五六七八九十百千]{1,6})(余|多)?(?:(件|宗)|(个|项)(?![\u4e00-\u9fff]))/g;

/** Cheap tests that spare the full patterns most sentences. */
const ANY_DIGIT = /\d/;
const ANY_CHINESE_COUNT = /[零〇一二两三四五六七八九十百千](?:余|多)?[件宗个项]/;

const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 两 → 2, 十二 → 12, 一百零五 → 105; NaN for what is not a count (「一一」, 「十十」). */
export function chineseCount(s: string): number {
  let total = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  for (const ch of s) {
    if (ch in CN_DIGIT) {
      if (digit !== null && digit !== 0) return Number.NaN;
      digit = CN_DIGIT[ch]!;
    } else {
      const unit = CN_UNIT[ch]!;
      if (unit >= lastUnit) return Number.NaN;
      total += (digit ?? 1) * unit;
      digit = null;
      lastUnit = unit;
    }
  }
  return total + (digit ?? 0);
}

/** Every count with its unit, in order. `text` is folded (foldWidth). */
export function findCounts(text: string): CountToken[] {
  const out: CountToken[] = [];
  if (ANY_DIGIT.test(text)) {
    for (const m of allMatches(ARABIC, text)) {
      const value = Number(m[1]!.replace(/[,， ]/g, ''));
      out.push({ value, start: m.index, end: m.index + m[1]!.length, unitEnd: m.index + m[0].length, approximate: m[2] !== undefined });
    }
  }
  if (!ANY_CHINESE_COUNT.test(text)) return out;
  for (const m of allMatches(CHINESE, text)) {
    const value = chineseCount(m[1]!);
    if (Number.isNaN(value)) continue;
    out.push({ value, start: m.index, end: m.index + m[1]!.length, unitEnd: m.index + m[0].length, approximate: m[2] !== undefined });
  }
  return out.sort((a, b) => a.start - b.start);
}

export interface PercentToken {
  value: number;
  digits: number;
  start: number;
  end: number;
}

const PERCENT = /(?<![\d.])(\d+(?:\.(\d+))?) ?%/g;

/** Every 「X%」 in order. `text` is folded (foldWidth). */
export function findPercents(text: string): PercentToken[] {
  if (!text.includes('%')) return [];
  return [...allMatches(PERCENT, text)].map((m) => ({
    value: Number(m[1]), digits: m[2]?.length ?? 0, start: m.index, end: m.index + m[0].length,
  }));
}
