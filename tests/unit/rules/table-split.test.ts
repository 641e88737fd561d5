// table-split: one logical table over several <table>s, merged before checking.
import { ruleCases } from '../../support/rule-cases';

const SPLIT = { severity: 'info' as const, section: 'requests' as const, table: 'requests' as const };

ruleCases('table-split', {
  valid: [
    { name: 'one requests table (2021)', page: {} },
    { name: 'one requests table (2019)', page: { template: '2019' } },
  ],
  invalid: [
    { name: 'split after row 二 (seed 004), merged: nothing else found', page: { splitRequestsAfter: ['carried-in'] }, findings: [{ ...SPLIT, message: ['2'] }], alone: true },
    { name: 'split inside the （三）不予公开 group', page: { splitRequestsAfter: ['denied-internal'] }, findings: [SPLIT], alone: true },
    { name: 'split into three tables', page: { splitRequestsAfter: ['carried-in', 'unavailable-unclear'] }, findings: [{ ...SPLIT, message: ['3'], messageEn: ['3'] }], alone: true },
    { name: '2019 template split after row 二', page: { template: '2019', splitRequestsAfter: ['carried-in'] }, findings: [SPLIT], alone: true },
    {
      name: 'split table still checked: a wrong total in the second part is found',
      page: { splitRequestsAfter: ['carried-in'], cells: { requests: { 'granted/total': '99' } } },
      findings: [SPLIT],
      with: [{ rule: 't3-row-total', severity: 'error', section: 'requests', table: 'requests', row: 'granted', column: 'total' }],
    },
  ],
});
