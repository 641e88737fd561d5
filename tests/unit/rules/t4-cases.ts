// Cases shared by the three appeals total rules (t4-review-total, t4-direct-total, t4-after-review-total).
import type { AppealGroup } from '../../support/report-builder';
import { reportNumbers } from '../../support/report-builder';
import type { CellExpect, RuleCase } from '../../support/rule-cases';
import { BLANKS_NOTE_EN, BLANKS_NOTE_ZH } from '../../support/rule-cases';

const PARTS = ['upheld', 'corrected', 'other', 'pending'] as const;

export function appealTotalCases(group: AppealGroup, label: string): { valid: RuleCase[]; invalid: RuleCase[] } {
  const a = reportNumbers().appeals;
  const total = a[`${group}/total`]!;
  const upheld = a[`${group}/upheld`]!;
  const at = { section: 'appeals' as const, table: 'appeals' as const, row: group, column: 'total' };
  const cells = (blocking?: string): CellExpect[] => [
    { row: group, column: 'total', role: 'total' },
    ...PARTS.map((column) => ({ row: group, column, role: column === blocking ? ('blocking' as const) : ('part' as const) })),
  ];
  const blankAll = Object.fromEntries([...PARTS, 'total'].map((c) => [`${group}/${c}`, '']));
  return {
    valid: [
      { name: 'the group adds up (2021)', page: {} },
      { name: 'the group adds up (2019)', page: { template: '2019' } },
      { name: 'all five cells blank: read as 0, passes', page: { cells: { appeals: blankAll } } },
      { name: 'a blank part that means 0', page: { values: { appeals: { [`${group}/other`]: 0 } }, cells: { appeals: { [`${group}/other`]: '' } } } },
      { name: 'a placeholder part that means 0', page: { values: { appeals: { [`${group}/other`]: 0 } }, cells: { appeals: { [`${group}/other`]: '/' } } } },
      {
        name: 'a blank total with non-zero parts is cell-empty-total instead',
        page: { cells: { appeals: { [`${group}/total`]: '' } } },
        with: [{ rule: 'cell-empty-total', severity: 'error', ...at }],
      },
    ],
    invalid: [
      {
        name: `${label} total written one more than its parts`,
        page: { cells: { appeals: { [`${group}/total`]: String(total + 1) } } },
        findings: [{
          severity: 'error', ...at, expected: total, actual: total + 1, cells: cells(),
          message: [label, String(total), String(total + 1)], messageNot: [BLANKS_NOTE_ZH], messageEn: [String(total + 1)],
        }],
        alone: true,
      },
      {
        name: `${label} total written 0`,
        page: { cells: { appeals: { [`${group}/total`]: '0' } } },
        findings: [{ severity: 'error', ...at, expected: total, actual: 0 }],
        alone: true,
      },
      {
        name: 'a blank part hiding a value: still failing with blanks read as 0',
        page: { cells: { appeals: { [`${group}/upheld`]: '' } } },
        findings: [{ severity: 'error', ...at, expected: total - upheld, actual: total, message: [BLANKS_NOTE_ZH], messageEn: [BLANKS_NOTE_EN] }],
      },
      {
        name: 'a placeholder part hiding a value',
        page: { cells: { appeals: { [`${group}/upheld`]: '—' } } },
        findings: [{ severity: 'error', ...at, expected: total - upheld, actual: total, message: [BLANKS_NOTE_ZH] }],
      },
      {
        name: 'a text part blocks the relation: review',
        page: { cells: { appeals: { [`${group}/corrected`]: '不详' } } },
        findings: [{ severity: 'warning', status: 'review', ...at, cells: cells('corrected'), message: ['不详'] }],
      },
    ],
  };
}
