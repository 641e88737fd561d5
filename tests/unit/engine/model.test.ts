// The report model is plain data: every fixture's model survives JSON and its schema unchanged, and
// names no page element; a rule that needs last year's report is reported as not run without it.
import { describe, expect, it } from 'vitest';
import { audit, auditSteps } from '../../../lib/audit';
import { ReportModelSchema } from '../../../lib/result/model-schema';
import { AddressSchema } from '../../../lib/result/address-schema';
import { defineRule } from '../../../lib/rule-kit/types';
import { htmlSource } from '../../../lib/sources/html/source';
import { runNow } from '../../../lib/steps';
import { FIXTURE_NOW, fixtureNames, loadDocument } from '../../support/fixtures';

describe('the report model', () => {
  it.each(fixtureNames())('%s: round-trips through JSON and its schema', (name) => {
    const { model, placement } = audit(htmlSource(loadDocument(name)), { source: name, now: FIXTURE_NOW });
    const json = JSON.parse(JSON.stringify(model)) as unknown;
    expect(ReportModelSchema.parse(json)).toEqual(model);
    // Where findings go is model addresses too: no element anywhere.
    for (const places of placement.values()) {
      for (const p of places.marker) expect(AddressSchema.parse(JSON.parse(JSON.stringify(p.at)))).toEqual(p.at);
      for (const c of places.cells) expect(AddressSchema.parse(c.at)).toEqual(c.at);
    }
  });

  it('rejects a model that holds anything but data', () => {
    const { model } = audit(htmlSource(loadDocument('seed-000-huzhu-2021')), { source: 'x', now: FIXTURE_NOW });
    const withElement = { ...model, titleEl: loadDocument('seed-000-huzhu-2021').body };
    expect(ReportModelSchema.strict().safeParse(withElement).success).toBe(false);
  });
});

describe('rules that need last year', () => {
  const needsPrevious = defineRule({
    meta: {
      id: 'x-test', severity: 'error', wave: 2, requires: ['previous'],
      title: { zh: '测试', en: 'test' }, description: { zh: '测试', en: 'test' },
      messages: { ran: { zh: '已运行', en: 'ran' } },
    },
    check: () => ({ checked: 1, findings: [] }),
  });
  const doc = () => htmlSource(loadDocument('clean-2021-city-bureau'));

  it('are reported as not run, never as a pass, when last year is unknown', () => {
    const { result } = runNow(auditSteps(doc(), { source: 'x', now: FIXTURE_NOW }, [needsPrevious]));
    expect(result.checks).toEqual([{ rule: 'x-test', checked: 0, failed: 0, review: 0, notRun: 'needs-previous' }]);
  });

  it('run when it is known', () => {
    const previous = { model: audit(doc(), { source: 'y', now: FIXTURE_NOW }).model, source: 'y' };
    const { result } = runNow(auditSteps(doc(), { source: 'x', now: FIXTURE_NOW, previous }, [needsPrevious]));
    expect(result.checks).toEqual([{ rule: 'x-test', checked: 1, failed: 0, review: 0 }]);
  });
});
