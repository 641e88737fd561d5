// Reading helpers for the prose tests: statements in a short form that a test can compare whole.
import { readStatements } from '../../../lib/prose/read-statements';
import type { ReadOptions, Statement } from '../../../lib/prose/types';
import type { SectionKey } from '../../../lib/templates/types';

export const DEPT_2024: ReadOptions = { year: 2024, template: '2021', agency: '互助县教育局', agencyKind: 'department' };
export const GOV_2019: ReadOptions = { year: 2019, template: '2019', agency: '临江县人民政府', agencyKind: 'government' };

/** 「subject[/of] = count」, with 「~」 for an approximate count and 「none」 for a none statement. */
export function brief(s: Statement): string {
  const name = s.of ? `${s.subject}/${s.of}` : s.subject;
  return s.none ? `${name} none` : `${name} ${s.approximate ? '~' : '='} ${s.count}`;
}

export function read(text: string, opts: ReadOptions = DEPT_2024, section: SectionKey = 'overview'): string[] {
  return readStatements(section, text, opts).map(brief);
}

/** Cells of each alternative as 「row.column+row.column」. */
export function cellsOf(s: Statement): string[] {
  return s.alternatives.map((set) => set.map((c) => `${c.block ? `${c.block}.` : ''}${c.row}.${c.column}`).join('+'));
}
