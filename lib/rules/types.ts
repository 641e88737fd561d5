// A rule is one module: its metadata (id, severity, texts in both languages) and a pure check
// that reads the report model and returns findings. Rules never read the DOM.
import type { Lang, Text } from '../i18n/lang';
import type { ReportModel } from '../model';
import type { Relation, SectionKey, TableKey } from '../templates/types';

export type Severity = 'error' | 'warning' | 'info';
export type Status = 'fail' | 'review';
export type CellRole = 'total' | 'part' | 'value' | 'blocking';

export interface RuleMeta {
  id: string;
  severity: Severity;
  /** Wave of the rule catalog. */
  wave: 1;
  title: Text;
  /** What the rule checks, for the popup and the readable report. */
  description: Text;
  /** Message templates by id, with {placeholders}. */
  messages: Readonly<Record<string, Text>>;
}

export interface DraftCell {
  table: TableKey;
  block: string | null;
  row: string;
  column: string;
  text: string;
  role: CellRole;
  el: Element | null;
}

/** Where to draw a finding that has no cell: a heading, or the place a missing part belongs. */
export interface Anchor {
  el: Element;
  /** `at`: mark the element itself; `before`/`after`: a marker for something missing next to it. */
  placement: 'at' | 'before' | 'after';
}

export interface FindingDraft {
  status?: Status;
  severity?: Severity;
  section: SectionKey | null;
  table: TableKey | null;
  block: string | null;
  row: string | null;
  column: string | null;
  expected: number | null;
  actual: number | null;
  messageId: string;
  params: Record<string, string | number | null>;
  cells: DraftCell[];
  anchor?: Anchor | null;
  /** Tells apart two findings of one rule on the same keys (two dates, two headings…). */
  discriminator?: string;
}

export interface RuleContext {
  report: ReportModel;
  relations: readonly Relation[];
  now: Date;
  lang: Lang;
  derived: DerivedFacts;
}

export interface RuleOutcome {
  /** How many things the rule checked (relations, cells, sections…), for "what ran". */
  checked: number;
  findings: FindingDraft[];
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): RuleOutcome;
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
