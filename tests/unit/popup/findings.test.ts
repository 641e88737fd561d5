// How the popup orders and groups findings, counts them and lists what was checked.
import { describe, expect, it } from 'vitest';
import { groupFindings, openCounts, startsOpen, summariseChecks } from '../../../components/findings-list/findings';
import { RULE_IDS } from '../../../lib/rules';
import { samplePage } from './sample';

describe('groupFindings', () => {
  const page = samplePage();
  const groups = groupFindings(page.result.findings, page.dismissals);

  it('failures by rule, errors first, then warnings, then notes; then review; then dismissed', () => {
    expect(groups.map((g) => g.key)).toEqual([
      'fail:t3-balance', 'fail:t3-row-total', 'fail:date-late', 'fail:label-variant', 'review', 'dismissed',
    ]);
    expect(groups.map((g) => g.severity)).toEqual(['error', 'error', 'warning', 'info', 'error', 'error']);
  });

  it('orders rules of one severity as the rule catalog does', () => {
    const errors = groups.filter((g) => g.kind === 'fail' && g.severity === 'error').map((g) => g.rule!);
    expect(errors).toEqual([...errors].sort((a, b) => RULE_IDS.indexOf(a) - RULE_IDS.indexOf(b)));
  });

  it('keeps every finding exactly once', () => {
    const ids = groups.flatMap((g) => g.rows.map((r) => r.finding.id)).sort();
    expect(ids).toEqual(page.result.findings.map((f) => f.id).sort());
  });

  it('a rule\'s findings in the engine\'s order', () => {
    expect(groups[0]!.rows.map((r) => r.finding.id)).toEqual(['0000000b', '00000010']);
  });

  it('"needs review" is its own group; dismissed findings carry their reason', () => {
    const review = groups.find((g) => g.kind === 'review')!;
    expect(review.rows.map((r) => r.finding.id)).toEqual(['0000000e']);
    expect(review.rules).toEqual(['t4-direct-total']);
    const dismissed = groups.find((g) => g.kind === 'dismissed')!;
    expect(dismissed.rows).toEqual([expect.objectContaining({ dismissal: expect.objectContaining({ reason: 'accepted' }) })]);
  });

  it('a dismissed review finding goes to dismissed; the latest decision counts', () => {
    const g = groupFindings(page.result.findings, [
      { findingId: '0000000e', reason: 'follow-up', at: '2026-11-01T00:00:00.000Z' },
      { findingId: '0000000e', reason: 'not-a-defect', at: '2026-11-02T00:00:00.000Z' },
    ]);
    expect(g.some((x) => x.kind === 'review')).toBe(false);
    expect(g.find((x) => x.kind === 'dismissed')!.rows[0]!.dismissal!.reason).toBe('not-a-defect');
  });

  it('the severity of a group is its worst finding\'s (a rule may lower one finding)', () => {
    const [f] = page.result.findings.filter((x) => x.rule === 'date-late');
    const g = groupFindings([f!, { ...f!, id: '000000aa', severity: 'error' }], []);
    expect(g[0]!.severity).toBe('error');
    expect(g[0]!.rows.map((r) => r.finding.severity)).toEqual(['error', 'warning']);
  });

  it('no findings, no groups', () => {
    expect(groupFindings([], [])).toEqual([]);
  });
});

describe('startsOpen', () => {
  it('failures open; review collapsed unless it is all there is; dismissed collapsed', () => {
    const page = samplePage();
    const groups = groupFindings(page.result.findings, page.dismissals);
    expect(groups.map((g) => startsOpen(g, groups))).toEqual([true, true, true, true, false, false]);
    const onlyReview = groupFindings(page.result.findings.filter((f) => f.status === 'review'), []);
    expect(startsOpen(onlyReview[0]!, onlyReview)).toBe(true);
  });
});

describe('openCounts', () => {
  it('counts findings not dismissed by severity, and says how many need review or were dismissed', () => {
    const page = samplePage();
    expect(openCounts(page.result.findings, page.dismissals)).toEqual({ error: 4, warning: 1, info: 1, review: 1, dismissed: 1 });
    expect(openCounts([], [])).toEqual({ error: 0, warning: 0, info: 0, review: 0, dismissed: 0 });
  });
});

describe('summariseChecks', () => {
  it('totals, catalog order, rules that checked nothing last', () => {
    const s = summariseChecks(samplePage().result.checks);
    expect(s.rules).toBe(5);
    expect(s.checked).toBe(32);
    expect(s.rows.map((r) => r.rule)).toEqual(['report-year-missing', 't3-balance', 't3-row-total', 'date-late', 't2-2019-count-nonneg']);
  });

  it('rules that could not run are listed last with the reason, and not counted as run', () => {
    const checks = [
      { rule: 'x-carry-over', checked: 0, failed: 0, review: 0, notRun: 'needs-previous' as const },
      { rule: 't2-2019-count-nonneg', checked: 0, failed: 0, review: 0 },
      { rule: 't3-row-total', checked: 23, failed: 1, review: 0 },
    ];
    const s = summariseChecks(checks);
    expect(s.rules).toBe(2);
    expect(s.rows.map((r) => [r.rule, r.notRun])).toEqual([['t3-row-total', null], ['t2-2019-count-nonneg', null], ['x-carry-over', 'needs-previous']]);
  });
});
