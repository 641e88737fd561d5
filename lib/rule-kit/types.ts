// A rule is one module: its metadata (id, severity, what it needs, texts in both languages) and a
// pure check that reads the report model and returns findings. Rules never see a source: what a
// finding is about is a model address (lib/result/address.ts); where it is drawn is decided by
// lib/placement.ts.
import type { Lang, Text } from '../i18n/lang';
import type { ReportModel } from '../model';
import type { Address } from '../result/address-schema';
import type { Severity } from '../result/severity';
import type { Relation, SectionKey, TableKey } from '../templates/types';

export type Status = 'fail' | 'review';
export type CellRole = 'total' | 'part' | 'value' | 'blocking';

/** Inputs a rule may need beyond this year's report; without them it does not run. */
export type RuleInput = 'previous';

export interface RuleMeta<M extends string = string> {
  id: string;
  severity: Severity;
  /** Wave of the rule catalog. */
  wave: 1 | 2;
  /** What the rule needs besides this year's report. */
  requires?: readonly RuleInput[];
  /** Runs on a report in the 2008 regulations' formats (2018 and before); every other rule checks
   *  against the 2019/2021 templates and does not run there. */
  oldFormat?: true;
  title: Text;
  /** What the rule checks, for the popup and the readable report. */
  description: Text;
  /** Message templates by id, with {placeholders}. */
  messages: Readonly<Record<M, Text>>;
}

export interface DraftCell {
  table: TableKey;
  block: string | null;
  row: string;
  column: string;
  text: string;
  role: CellRole;
  /** Set on last year's cells only (across-years rules): the year of the report they stand in. */
  year?: number;
}

/** The report a finding compares with (the `previous` key of the result). */
export interface PreviousRef {
  source: string;
  title: string | null;
  year: number;
}

export interface FindingDraft<M extends string = string> {
  status?: Status;
  severity?: Severity;
  section: SectionKey | null;
  table: TableKey | null;
  block: string | null;
  row: string | null;
  column: string | null;
  expected: number | null;
  actual: number | null;
  messageId: M;
  params: Record<string, string | number | null>;
  cells: DraftCell[];
  /** What the finding is about when that is not (only) its cells: a heading, a date, a missing part. */
  subject?: Address;
  /** Tells apart two findings of one rule on the same keys (two dates, two headings…). */
  discriminator?: string;
  /** The sentence of the prose the finding rests on (text-* rules). */
  quote?: { text: string; section: SectionKey };
  /** Across-years rules: last year's report the finding compares with. */
  previous?: PreviousRef;
}

/** Last year's report of the same body, for the across-years rules. */
export interface PreviousReport {
  model: ReportModel;
  source: string;
}

export interface RuleContext {
  report: ReportModel;
  relations: readonly Relation[];
  now: Date;
  lang: Lang;
  derived: DerivedFacts;
  /** Last year's report, when known. Rules that need it declare `requires: ['previous']`. */
  previous: PreviousReport | null;
}

export interface RuleOutcome<M extends string = string> {
  /** How many things the rule checked (relations, cells, sections…), for "what ran". */
  checked: number;
  findings: FindingDraft<M>[];
}

export interface Rule<M extends string = string> {
  meta: RuleMeta<M>;
  check(ctx: RuleContext): RuleOutcome<M>;
}

/** A rule whose findings can only use the message ids its metadata declares (a typo fails to compile). */
export function defineRule<const M extends string>(rule: { meta: RuleMeta<M>; check(ctx: RuleContext): RuleOutcome<NoInfer<M>> }): Rule<M> {
  return rule;
}

/** Facts several rules share, computed once per audit. */
export interface DerivedFacts {
  /** Total cells left blank while their parts hold non-zero numbers, with the sum they stand for. */
  emptyTotals: ReadonlyMap<string, number>;
  /** Cells inside a blank block reported by cell-empty-block. */
  emptyBlockCells: ReadonlySet<string>;
  /** Blocks reported by cell-empty-block. */
  emptyBlocks: readonly { table: TableKey; row: string; cells: string[] }[];
}
