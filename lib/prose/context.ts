// Whether the words before a count make it another year's, another body's, a comparison or a part of
// the year: such a count is not the table's and is not read (a miss costs less than a false alarm).
import type { ReadOptions } from './types';
import { allMatches } from './scan';

const YEAR = /((?:19|20)\d{2}) ?年/g;
/** 「结转至2025年」: the next year named as where requests go, in a 2024 report. */
const TO_NEXT_YEAR = /(?:结转|转入|转)(?:至|到)? ?$/;
const OTHER_YEAR = /(?:上一?年度?|去年|前年|往年|历年)(?!度?末?结转|度?遗留|度?未办结)|上半年|下半年|季度/;
/** A comparison: what follows it in the sentence is a difference or last year's figure (「同比增长」 included). */
const COMPARISON = /同比|环比|较上|比上|较去|比去|较\d{4}|比\d{4}|相比|相较|增长|下降|减少|增加|上升|持平|增幅|降幅/;
/** Another body in a department's report. */
const WHOLE_AREA = /全(?:市|县|区|省|州|盟|旗|镇|乡|街道)/;
/** Other bodies in any report: its subordinate units, each district or department. */
const OTHER_BODIES = /各(?:区|县|市|乡镇|镇|乡|街道|部门|单位|学校|科室)|下属|所属|直属|系统内/;

/** Where a marker stands (its start), or Infinity. */
function at(pattern: RegExp, text: string): number {
  const m = pattern.exec(text);
  return m ? m.index : Infinity;
}

/**
 * Where the words that make a count not this report's own begin in a sentence (another year, a
 * comparison, another body), or Infinity: counts after it are not read. One scan per sentence.
 */
export function notOwnFrom(sentence: string, opts: ReadOptions): number {
  let from = Math.min(at(COMPARISON, sentence), at(OTHER_YEAR, sentence));
  for (const m of allMatches(YEAR, sentence)) {
    const y = Number(m[1]);
    if (y === opts.year) continue;
    if (y === opts.year + 1 && TO_NEXT_YEAR.test(sentence.slice(Math.max(0, m.index - 4), m.index))) continue;
    from = Math.min(from, m.index);
    break;
  }
  // The agency's own name may hold such words (全州县…): blank it out, keeping offsets.
  const words = opts.agency ? sentence.split(opts.agency).join('\u0000'.repeat(opts.agency.length)) : sentence;
  from = Math.min(from, at(OTHER_BODIES, words));
  return opts.agencyKind === 'government' ? from : Math.min(from, at(WHOLE_AREA, words));
}
