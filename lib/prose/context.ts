// Whether the words before a count make it another year's, another body's, a comparison or a part of
// the year: such a count is not the table's and is not read (a miss costs less than a false alarm).
import type { ReadOptions } from './types';

const YEAR = /((?:19|20)\d{2}) ?年/g;
/** 「结转至2025年」: the next year named as where requests go, in a 2024 report. */
const TO_NEXT_YEAR = /(?:结转|转入|转)(?:至|到)? ?$/;
const OTHER_YEAR = /(?:上一?年度?|去年|前年|往年|历年)(?!度?末?结转|度?遗留|度?未办结)|上半年|下半年|季度/;
/** A comparison: what follows it in the sentence is a difference or last year's figure. */
const COMPARISON = /同比|环比|较上|比上|较去|比去|较\d{4}|比\d{4}|相比|相较|增长|下降|减少|增加|上升|持平|增幅|降幅/;
/** Another body in a department's report. */
const WHOLE_AREA = /全(?:市|县|区|省|州|盟|旗|镇|乡|街道)/;
/** Other bodies in any report: its subordinate units, each district or department. */
const OTHER_BODIES = /各(?:区|县|市|乡镇|镇|乡|街道|部门|单位|学校|科室)|下属|所属|直属|系统内/;

/** Where in the sentence comparisons start (counts after it are not read), or Infinity. */
export function comparisonStart(folded: string): number {
  const m = COMPARISON.exec(folded);
  return m ? m.index : Infinity;
}

/** True when `prefix` (the sentence up to a count) makes the count not this report's own. */
export function notOwnCount(prefix: string, opts: ReadOptions): boolean {
  for (const m of prefix.matchAll(YEAR)) {
    const y = Number(m[1]);
    if (y === opts.year) continue;
    if (y === opts.year + 1 && TO_NEXT_YEAR.test(prefix.slice(Math.max(0, m.index - 4), m.index))) continue;
    return true;
  }
  if (OTHER_YEAR.test(prefix)) return true;
  // The agency's own name may hold such words (全州县…): read the rest of the sentence only.
  const words = opts.agency ? prefix.split(opts.agency).join('') : prefix;
  if (OTHER_BODIES.test(words)) return true;
  return opts.agencyKind !== 'government' && WHOLE_AREA.test(words);
}
