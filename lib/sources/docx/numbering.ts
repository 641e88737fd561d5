// The labels Word draws before numbered paragraphs (「一、」「（二）」「3.」), which are not in the
// text runs: read from word/numbering.xml and counted in document order, as Word counts them.
import type { NumberingRef } from './styles';
import type { XmlElement } from './xml';
import { childElements, childVal } from './xml';

interface LevelDef {
  start: number;
  format: string;
  text: string;
  suffix: string;
}

const CHINESE_DIGITS = '〇一二三四五六七八九';
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** 1–99 in Chinese counting (一 … 十 … 二十一), larger numbers in Arabic digits. */
function chineseCount(n: number, digits: string, ten: string): string {
  if (n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return digits[ones]!;
  return (tens === 1 ? '' : digits[tens]!) + ten + (ones === 0 ? '' : digits[ones]!);
}

function roman(n: number): string {
  if (n < 1 || n > 3999) return String(n);
  const parts: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  let rest = n;
  for (const [v, s] of parts) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

function letter(n: number): string {
  if (n < 1) return String(n);
  const c = String.fromCharCode(65 + ((n - 1) % 26));
  return c.repeat(Math.floor((n - 1) / 26) + 1);
}

/** A counter's value in the level's number format; null for formats that draw no number. */
function formatNumber(n: number, format: string): string | null {
  switch (format) {
    case 'bullet':
    case 'none':
      return null;
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'japaneseCounting':
      return chineseCount(n, CHINESE_DIGITS, '十');
    case 'chineseLegalSimplified':
    case 'ideographLegalTraditional':
      return chineseCount(n, LEGAL_DIGITS, '拾');
    case 'ideographTraditional':
      return n >= 1 && n <= 10 ? HEAVENLY_STEMS[n - 1]! : String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? CIRCLED[n - 1]! : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letter(n);
    case 'lowerLetter':
      return letter(n).toLowerCase();
    default:
      return String(n);
  }
}

export interface Numbering {
  /** The label of the next paragraph numbered so, with the space Word puts after it; '' for bullets. */
  next(ref: Partial<NumberingRef>): string;
}

export function readNumbering(root: XmlElement | null): Numbering {
  const abstracts = new Map<string, LevelDef[]>();
  const nums = new Map<string, { abstract: string; starts: Map<number, number> }>();
  for (const el of root ? childElements(root) : []) {
    if (el.name === 'w:abstractNum' && el.attrs.abstractNumId !== undefined) {
      const levels: LevelDef[] = [];
      for (const lvl of childElements(el)) {
        if (lvl.name !== 'w:lvl') continue;
        const i = Number(lvl.attrs.ilvl);
        if (!(i >= 0 && i <= 8)) continue;
        levels[i] = {
          start: Number(childVal(lvl, 'w:start') ?? 1) || 0,
          format: childVal(lvl, 'w:numFmt') ?? 'decimal',
          text: childVal(lvl, 'w:lvlText') ?? '',
          suffix: childVal(lvl, 'w:suff') ?? 'tab',
        };
      }
      abstracts.set(el.attrs.abstractNumId, levels);
    } else if (el.name === 'w:num' && el.attrs.numId !== undefined) {
      const abstract = childVal(el, 'w:abstractNumId');
      if (abstract === undefined) continue;
      const starts = new Map<number, number>();
      for (const o of childElements(el)) {
        const start = childVal(o, 'w:startOverride');
        if (o.name === 'w:lvlOverride' && start !== undefined) starts.set(Number(o.attrs.ilvl) || 0, Number(start) || 0);
      }
      nums.set(el.attrs.numId, { abstract, starts });
    }
  }
  // Counters per list instance: levels below a numbered paragraph restart after it.
  const counters = new Map<string, number[]>();
  return {
    next({ numId, level = 0 }) {
      const num = numId === undefined ? undefined : nums.get(numId);
      const levels = num ? abstracts.get(num.abstract) : undefined;
      if (!num || !levels || !levels[level]) return '';
      const count = counters.get(numId!) ?? [];
      counters.set(numId!, count);
      const startOf = (i: number) => num.starts.get(i) ?? levels[i]?.start ?? 1;
      count[level] = count[level] === undefined ? startOf(level) : count[level]! + 1;
      count.length = level + 1;
      const def = levels[level]!;
      let drawn = true;
      const label = def.text.replace(/%([1-9])/g, (_, d: string) => {
        const i = Number(d) - 1;
        const value = formatNumber(count[i] ?? startOf(i), levels[i]?.format ?? 'decimal');
        if (value === null) drawn = false;
        return value ?? '';
      });
      if (!drawn || def.format === 'bullet' || def.format === 'none' || label === '') return '';
      return def.suffix === 'nothing' ? label : `${label} `;
    },
  };
}

/** numPr with numId 0 switches numbering off. */
export function isNumbered(ref: Partial<NumberingRef> | undefined): ref is Partial<NumberingRef> & { numId: string } {
  return ref?.numId !== undefined && ref.numId !== '0';
}
