// Finds the six section headings among the page's lines (never inside a statistical table) and
// the text of each section up to the next one or the end of the report.
import type { SectionHit } from '../model';
import type { Item } from '../sources/types';
import { splitOrdinal, squash, labelWords } from '../text/normalize';
import type { Steps } from '../steps';
import { ITEMS_PER_STEP, ticker } from '../steps';
import { HEADING_PREFIX, HEADING_SUFFIX, SECTIONS } from '../templates/sections';
import type { SectionDef } from '../templates/sections';

const MAX_HEADING = 60;
/** Lines that end a report's body: the portal's footer and page tools. */
export const REPORT_END = /版权所有|网站标识码|ICP备|主办单位|承办单位|网站地图|联系我们|关闭窗口|打印本页|【打印】|\[打印\]|扫一扫在手机|相关链接|上一篇|下一篇/;

interface HeadingMatch {
  def: SectionDef;
  ordinal: number | null;
  variant: boolean;
  /** Text after the heading on the same line (a heading that opens its paragraph). */
  rest: string;
}

function core(words: string): string {
  return words.replace(HEADING_PREFIX, '').replace(HEADING_SUFFIX, '');
}

/** Every name a section goes by, squashed once. */
const NAMES = SECTIONS.flatMap((def) => [
  { def, name: squash(def.heading), variant: false },
  ...def.variants.map((v) => ({ def, name: squash(v), variant: true })),
]);

export function matchHeading(text: string): HeadingMatch | null {
  if (text.length > 400) return null;
  const { ordinal, rest } = splitOrdinal(text);
  if (ordinal && ordinal.style !== 'top') return null; // （一） sub-headings and 1. list items
  if (!ordinal && text.length > MAX_HEADING) return null; // body text, not a heading
  const words = labelWords(rest);
  const whole = core(words);
  for (const n of NAMES) {
    if (!n.variant && (whole === n.name || words === n.name)) {
      return text.length <= MAX_HEADING ? { def: n.def, ordinal: ordinal?.value ?? null, variant: words !== n.name, rest: '' } : null;
    }
  }
  for (const n of NAMES) {
    if (n.variant && (whole === n.name || words === n.name)) {
      return text.length <= MAX_HEADING ? { def: n.def, ordinal: ordinal?.value ?? null, variant: true, rest: '' } : null;
    }
  }
  if (!ordinal) return null;
  // A numbered heading that opens its paragraph: 「一、总体情况 2021年，我局……」.
  for (const n of NAMES) {
    if (words.startsWith(n.name) && words.length > n.name.length) {
      return { def: n.def, ordinal: ordinal.value, variant: n.variant, rest: rest.slice(rest.indexOf(n.name.slice(-1)) + 1).trim() };
    }
  }
  // A numbered heading in other words: keywords, short.
  if (words.length <= 30 && !/[，。；]/.test(words)) {
    for (const def of SECTIONS) {
      if (def.keywords.some((k) => k.test(words))) return { def, ordinal: ordinal.value, variant: true, rest: '' };
    }
  }
  return null;
}

export interface SectionScan {
  hits: SectionHit[];
  /** Index into items of each hit's line, and of the report's end. */
  indexes: number[];
  /** For each hit, the item index of each line of its body, in the order of `SectionHit.lines`
   *  (the heading's own line first when the heading runs on into text). */
  bodyItems: number[][];
  end: number;
}

export function* findSectionsSteps(items: Item<unknown>[]): Steps<SectionScan> {
  const tick = ticker(ITEMS_PER_STEP);
  const hits: SectionHit[] = [];
  const indexes: number[] = [];
  const rests: string[] = [];
  for (let i = 0; i < items.length; i++) {
    if (tick()) yield;
    const item = items[i]!;
    if (item.kind !== 'line' || item.line.inTable) continue;
    const m = matchHeading(item.line.text);
    if (!m) continue;
    // A section named twice (a navigation item, a caption echoing it): keep the numbered one, else the first.
    const dup = hits.findIndex((h) => h.key === m.def.key);
    if (dup >= 0) {
      if (hits[dup]!.ordinal !== null || m.ordinal === null) continue;
      hits.splice(dup, 1);
      indexes.splice(dup, 1);
      rests.splice(dup, 1);
    }
    hits.push({ key: m.def.key, ordinal: m.ordinal, text: item.line.text, variant: m.variant, body: '', lines: [] });
    indexes.push(i);
    rests.push(m.rest);
  }
  let end = items.length;
  if (indexes.length > 0) {
    const last = indexes[indexes.length - 1]!;
    for (let i = last + 1; i < items.length; i++) {
      if (tick()) yield;
      const it = items[i]!;
      if (it.kind === 'line' && REPORT_END.test(it.line.text)) {
        end = i;
        break;
      }
    }
  }
  const bodyItems: number[][] = [];
  for (let k = 0; k < hits.length; k++) {
    const stop = k + 1 < indexes.length ? indexes[k + 1]! : end;
    const parts: string[] = [];
    const from: number[] = [];
    if (rests[k]) {
      parts.push(rests[k]!);
      from.push(indexes[k]!);
    }
    for (let i = indexes[k]! + 1; i < stop; i++) {
      if (tick()) yield;
      const it = items[i]!;
      if (it.kind === 'line' && it.line.text) {
        parts.push(it.line.text);
        from.push(i);
      }
    }
    const hit = hits[k]!;
    hit.body = parts.join('\n');
    let at = 0;
    hit.lines = parts.map((p) => (at += p.length + 1) - p.length - 1);
    bodyItems.push(from);
  }
  return { hits, indexes, end, bodyItems };
}
