// The registry: every rule, in the order of the rule catalog. One explicit list, no side effects.
import cellEmpty from './cell-empty';
import cellEmptyBlock from './cell-empty-block';
import cellEmptyTotal from './cell-empty-total';
import cellMalformedNumber from './cell-malformed-number';
import cellNegative from './cell-negative';
import cellNonInteger from './cell-non-integer';
import cellNonNumeric from './cell-non-numeric';
import cellPlaceholder from './cell-placeholder';
import cellUnitInline from './cell-unit-inline';
import columnMissing from './column-missing';
import dateBeforePeriodEnd from './date-before-period-end';
import dateFuture from './date-future';
import dateLate from './date-late';
import dateMissing from './date-missing';
import labelVariant from './label-variant';
import reportOldFormat from './report-old-format';
import reportYearMissing from './report-year-missing';
import rowMissing from './row-missing';
import rowUnexpected from './row-unexpected';
import s5Empty from './s5-empty';
import s6FeeStatementMissing from './s6-fee-statement-missing';
import sectionMissing from './section-missing';
import sectionNumberMissing from './section-number-missing';
import sectionNumberWrong from './section-number-wrong';
import sectionOrder from './section-order';
import tableCut from './table-cut';
import tableImage from './table-image';
import tableMissing from './table-missing';
import tableSplit from './table-split';
import t2ValidFloor from './t2-valid-floor';
import t2CountNonneg from './t2-2019-count-nonneg';
import t2TotalGeNew from './t2-2019-total-ge-new';
import t3Balance from './t3-balance';
import t3ResultsTotal from './t3-results-total';
import t3RowTotal from './t3-row-total';
import t4AfterReviewTotal from './t4-after-review-total';
import t4DirectTotal from './t4-direct-total';
import t4ReviewTotal from './t4-review-total';
import templateMixed from './template-mixed';
import templateYearMismatch from './template-year-mismatch';
import textCountMismatch from './text-count-mismatch';
import textNoneButTable from './text-none-but-table';
import textPercentMismatch from './text-percent-mismatch';
import xCarryOver from './x-carry-over';
import xInForce from './x-in-force';
import xJump from './x-jump';
import xPrevItems from './x-prev-items';
import type { Lang } from '../i18n/lang';
import type { Rule } from '../rule-kit/types';
export const RULES: readonly Rule[] = [
  reportYearMissing, templateYearMismatch, templateMixed, reportOldFormat,
  sectionMissing, sectionNumberWrong, sectionNumberMissing, sectionOrder, s5Empty, labelVariant,
  tableMissing, tableImage, tableCut, tableSplit, rowMissing, columnMissing, rowUnexpected,
  cellEmptyBlock, cellEmptyTotal, cellEmpty, cellPlaceholder, cellNonNumeric, cellMalformedNumber,
  cellNegative, cellNonInteger, cellUnitInline,
  t3Balance, t3RowTotal, t3ResultsTotal, t4ReviewTotal, t4DirectTotal, t4AfterReviewTotal,
  t2ValidFloor, t2TotalGeNew, t2CountNonneg,
  s6FeeStatementMissing, dateMissing, dateBeforePeriodEnd, dateLate, dateFuture,
  // Wave 2, prose against tables.
  textCountMismatch, textPercentMismatch, textNoneButTable,
  // Wave 2, across years.
  xCarryOver, xInForce, xPrevItems, xJump,
];

export const RULE_IDS = RULES.map((r) => r.meta.id);

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}

/** The rule's title, or its id for a rule this build does not know. */
export function ruleTitle(rule: string, lang: Lang): string {
  return ruleById(rule)?.meta.title[lang] ?? rule;
}

export function ruleDescription(rule: string, lang: Lang): string | null {
  return ruleById(rule)?.meta.description[lang] ?? null;
}

/** Position in the rule catalog, for a stable order; unknown rules last. */
export function ruleRank(rule: string): number {
  const i = RULE_IDS.indexOf(rule);
  return i < 0 ? RULE_IDS.length : i;
}
