// Text normalisation shared by every parser: NFKC (full-width forms), whitespace, quotes, ordinals.

// The zero-width joiner stands apart: in a class it reads as joining its neighbours.
const WHITESPACE = /(?:[\s\u00a0\u3000\u200b\u200c\ufeff]|\u200d)+/g;
const QUOTES = /[“”"'‘’「」『』〝〞]/g;

/** The full-width punctuation of Chinese text, which NFKC would turn into ASCII: kept as the page
 *  writes it, so labels and quotes read 「（一）予以公开」 as printed. */
const CJK_PUNCTUATION = /[（）：；，！？]/;
const NOT_CJK_PUNCTUATION = /[^（）：；，！？]+/g;

/** NFKC, whitespace collapsed to single spaces, trimmed: the form values and dates are read in. */
export function cleanText(text: string): string {
  return text.normalize('NFKC').replace(WHITESPACE, ' ').trim();
}

/** A label as the page prints it: NFKC (full-width digits and letters to ASCII) but for Chinese
 *  punctuation, whitespace collapsed to single spaces, trimmed. Matched through labelKey/squash,
 *  which fold the punctuation too. */
export function cleanLabel(text: string): string {
  const nfkc = CJK_PUNCTUATION.test(text) ? text.replace(NOT_CJK_PUNCTUATION, (s) => s.normalize('NFKC')) : text.normalize('NFKC');
  return nfkc.replace(WHITESPACE, ' ').trim();
}

/** NFKC with every whitespace removed: the form labels are compared in. */
export function squash(text: string): string {
  return text.normalize('NFKC').replace(WHITESPACE, '');
}

const CN_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** 一 → 1, 十二 → 12, 二十 → 20; digits pass through. NaN when not a numeral. */
export function chineseNumeral(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '十') return 10;
  const tens = s.match(/^([一二三四五六七八九])?十([一二三四五六七八九])?$/);
  if (tens) return (tens[1] ? CN_DIGITS[tens[1]]! : 1) * 10 + (tens[2] ? CN_DIGITS[tens[2]]! : 0);
  if (s.length === 1 && s in CN_DIGITS) return CN_DIGITS[s]!;
  return Number.NaN;
}

export type OrdinalStyle = 'top' | 'paren' | 'arabic';
export interface Ordinal {
  style: OrdinalStyle;
  value: number;
  raw: string;
}

const LEADING_ORDINAL = /^(?:第([一二三四五六七八九十]+)部分[、.,:：]?|([一二三四五六七八九十]+)(?:[、.,:：]|(?=\s))|\(([一二三四五六七八九十]+)\)[、.]?|(\d{1,2})(?:[、:：]|\.(?!\d)))/;
const TRAILING_ORDINAL = /\(([一二三四五六七八九十]+)\)$/;

/**
 * Splits a leading ordinal (一、 一. 一． (一) 1. 第一部分) or a trailing one ((三) after the label)
 * off a cleaned label. Returns the ordinal (or null) and the rest.
 */
export function splitOrdinal(text: string): { ordinal: Ordinal | null; rest: string } {
  const t = text.normalize('NFKC').trim();
  const m = t.match(LEADING_ORDINAL);
  if (m) {
    const rest = t.slice(m[0].length).trim();
    if (m[1] !== undefined) return { ordinal: { style: 'top', value: chineseNumeral(m[1]), raw: m[0] }, rest };
    if (m[2] !== undefined) return { ordinal: { style: 'top', value: chineseNumeral(m[2]), raw: m[0] }, rest };
    if (m[3] !== undefined) return { ordinal: { style: 'paren', value: chineseNumeral(m[3]), raw: m[0] }, rest };
    return { ordinal: { style: 'arabic', value: Number(m[4]), raw: m[0] }, rest };
  }
  const tail = t.match(TRAILING_ORDINAL);
  if (tail) return { ordinal: { style: 'paren', value: chineseNumeral(tail[1]!), raw: tail[0] }, rest: t.slice(0, -tail[0].length).trim() };
  return { ordinal: null, rest: t };
}

/** Whether a label opens with an ordinal of its own (一、 (一) 1. 第一部分), as splitOrdinal reads one. */
export function opensWithOrdinal(text: string): boolean {
  return LEADING_ORDINAL.test(text.normalize('NFKC').trim());
}

/** The comparable form of a label's words: squashed, quotes and closing punctuation removed. */
export function labelWords(text: string): string {
  // 其它 and 其他 are one word in two spellings, not a variant of the template's wording.
  return squash(text).replace(QUOTES, '').replace(/其它/g, '其他').replace(/[：:。;；,，]+$/, '');
}

/** A label's identity: its ordinal (wherever it stands) and its words. */
export function labelKey(text: string): string {
  const { ordinal, rest } = splitOrdinal(squashKeepSpaces(text));
  const words = labelWords(rest);
  return ordinal ? `${ordinal.style}${ordinal.value}|${words}` : `|${words}`;
}

function squashKeepSpaces(text: string): string {
  // Keep one space so "一 总体情况" still reads as an ordinal, then squash the words.
  return cleanText(text);
}

/** Strips parenthetical unit notes such as （单位：万元） or (单位:万元,保留4位小数). */
export function stripUnitNote(text: string): string {
  return text.replace(/[(（]\s*单位[^)）]*[)）]/g, '');
}
