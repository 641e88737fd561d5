// cell-placeholder: cells written "none" (/ — 无 不适用 …), one finding per table; read as 0.
import { ruleCases } from '../../support/rule-cases';

const zero = (...keys: string[]) => Object.fromEntries(keys.map((k) => [k, 0]));

ruleCases('cell-placeholder', {
  valid: [
    { name: 'numbers only', page: {} },
    { name: 'text is not a placeholder', page: { cells: { proactive: { 'art20-5/licensing/decisions': '若干' } } }, with: [{ rule: 'cell-non-numeric', severity: 'error', section: 'proactive', table: 'proactive', block: 'art20-5', row: 'licensing', column: 'decisions' }] },
  ],
  invalid: [
    {
      name: '「/」 where the value is 0: read as 0, no arithmetic finding',
      page: { values: { requests: zero('denied-state-secret/research') }, cells: { requests: { 'denied-state-secret/research': '/' } } },
      findings: [{ severity: 'info', section: 'requests', table: 'requests', cells: [{ row: 'denied-state-secret', column: 'research', role: 'value' }], message: ['/'] }],
      alone: true,
    },
    {
      name: '「—」「无」「不适用」 in one table: one finding counting three cells',
      page: {
        values: { requests: zero('granted/research', 'rejected-repeat/legal-service', 'carried-in/other-org') },
        cells: { requests: { 'granted/research': '—', 'rejected-repeat/legal-service': '无', 'carried-in/other-org': '不适用' } },
      },
      findings: [{ severity: 'info', section: 'requests', table: 'requests', cellCount: 3, message: ['3'] }],
      alone: true,
    },
    {
      name: 'placeholders in two tables: one finding per table',
      page: {
        values: { appeals: zero('review/other') },
        cells: { appeals: { 'review/other': '/' }, proactive: { 'art20-5/licensing/decisions': '-' } },
      },
      findings: [
        { severity: 'info', section: 'appeals', table: 'appeals', cellCount: 1 },
        { severity: 'info', section: 'proactive', table: 'proactive', cells: [{ block: 'art20-5', row: 'licensing', column: 'decisions', role: 'value' }] },
      ],
      alone: true,
    },
    {
      name: '「N/A」 and 「--」 (2019 template)',
      page: { template: '2019', cells: { proactive: { 'art20-6/penalty/decisions': 'N/A', 'art20-9/procurement/amount': '--' } } },
      findings: [{ severity: 'info', section: 'proactive', table: 'proactive', cellCount: 2 }],
      alone: true,
    },
  ],
});
