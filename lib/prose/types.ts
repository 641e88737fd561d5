// What the prose reader returns: the counts a report's prose states, with the cells they may mean.
import type { Alternatives } from '../templates/statements';
import type { SectionKey, TemplateId } from '../templates/types';

export interface ReadOptions {
  /** The report's year: statements about another year are not read. */
  year: number;
  template: TemplateId;
  /** The body named in the report's title (null when it cannot be told). */
  agency: string | null;
  /** A department's report does not state 全市 / 全县 … counts as its own. */
  agencyKind: 'government' | 'department' | 'unknown';
}

export interface StatedPercent {
  value: number;
  /** Decimals written (「51.85%」 → 2): the precision the check allows. */
  digits: number;
  /** Offsets in the section text: the number and its 「%」. */
  start: number;
  end: number;
  /** What the percentage is of: alternatives of cell sets, in the order the sentence makes likely. */
  base: Alternatives;
}

/**
 * One count the prose states. Offsets are into the section text (`SectionHit.body`).
 * A `none` statement (「未收到政府信息公开申请」) has count 0 and its number span covers the words.
 */
export interface Statement {
  section: SectionKey;
  /** The sentence as written. */
  sentence: string;
  sentenceStart: number;
  numberStart: number;
  numberEnd: number;
  count: number;
  /** 余 / 约 / 近 / 多 / 左右 …: stated, never compared. */
  approximate: boolean;
  /** The key of its definition in lib/templates/statements.ts (a base, or a qualifier of `of`). */
  subject: string;
  /** The base a qualifier qualifies (「其中自然人80件」 after 「收到申请…」: subject natural-person, of new). */
  of?: string;
  /** Cell sets, any of which may be what the words mean; each set is summed. */
  alternatives: Alternatives;
  percent?: StatedPercent;
  none?: true;
}
