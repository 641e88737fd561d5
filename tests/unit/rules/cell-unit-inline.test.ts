// cell-unit-inline: a unit written inside the cell; the value is read without it and converted
// where the column has a unit.
import { ruleCases } from '../../support/rule-cases';

ruleCases('cell-unit-inline', {
  valid: [
    { name: 'no unit in any cell (2021)', page: {} },
    { name: 'no unit in any cell (2019)', page: { template: '2019' } },
    { name: 'the unit in the header only', page: { columnLabels: { proactive: { 'art20-8/amount': '本年收费金额（单位：万元）' } } } },
  ],
  invalid: [
    {
      name: '「251000元」 as the 2019 procurement amount',
      page: { template: '2019', cells: { proactive: { 'art20-9/procurement/amount': '251000元' } } },
      findings: [{ severity: 'info', section: 'proactive', table: 'proactive', block: 'art20-9', row: 'procurement', column: 'amount', message: ['元'] }],
      alone: true,
    },
    {
      name: '「1866.12 万元」 (seed 001): decimals allowed in an amount',
      page: { template: '2019', cells: { proactive: { 'art20-9/procurement/amount': '1866.12 万元' } } },
      findings: [{ severity: 'info', section: 'proactive', table: 'proactive', block: 'art20-9', row: 'procurement', column: 'amount', message: ['万元'] }],
      alone: true,
    },
    {
      name: '「123600元」 in the 万元 column: converted to 12.36 万元',
      page: { cells: { proactive: { 'art20-8/fees/amount': '123600元' } } },
      findings: [{ severity: 'info', section: 'proactive', table: 'proactive', block: 'art20-8', row: 'fees', column: 'amount', message: ['12.36', '万元'], messageEn: ['12.36'] }],
      alone: true,
    },
    {
      name: '「12.36万元」 in the 万元 column',
      page: { cells: { proactive: { 'art20-8/fees/amount': '12.36万元' } } },
      findings: [{ severity: 'info', section: 'proactive', table: 'proactive', block: 'art20-8', row: 'fees', column: 'amount' }],
      alone: true,
    },
    {
      name: '「1件」 in a requests count: read as 1, relations hold',
      page: { cells: { requests: { 'granted/natural-person': '1件' } } },
      findings: [{ severity: 'info', section: 'requests', table: 'requests', row: 'granted', column: 'natural-person', message: ['件'] }],
      alone: true,
    },
  ],
});
