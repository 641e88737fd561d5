// From what the page answered to what the popup shows.
import { describe, expect, it } from 'vitest';
import { LinkError } from '../../../components/popup/page-link';
import {
  deriveView, errorView, frameOf, settledAfterAudit, settledAfterReload, settledOnOpen,
} from '../../../components/popup/view-state';
import { cleanPage, notReportPage, samplePage } from './sample';

describe('deriveView', () => {
  it('an auditor\'s state: report, clean or not a report', () => {
    expect(deriveView({ kind: 'state', frameId: 4, page: samplePage() }, null)).toMatchObject({ state: 'report', frameId: 4 });
    expect(deriveView({ kind: 'state', frameId: 0, page: cleanPage() }, null)).toMatchObject({ state: 'clean', frameId: 0 });
    expect(deriveView({ kind: 'state', frameId: 0, page: notReportPage() }, null)).toMatchObject({ state: 'not-report', by: 'auditor' });
  });

  it('a report whose findings are all dismissed is still a report (they can be restored)', () => {
    const page = samplePage();
    page.dismissals = page.result.findings.map((f) => ({ findingId: f.id, reason: 'accepted' as const, at: '2026-11-20T08:00:00.000Z' }));
    expect(deriveView({ kind: 'state', frameId: 0, page }, null).state).toBe('report');
  });

  it('the detector: not a report', () => {
    expect(deriveView({ kind: 'detector', candidate: false }, 'https://www.a.gov.cn/')).toMatchObject({ state: 'not-report', by: 'detector' });
  });

  it('nobody answered: reload on an automatic host, outside elsewhere or when the URL is unknown', () => {
    expect(deriveView({ kind: 'none' }, 'https://www.shanghai.gov.cn/nw12344/index.html').state).toBe('reload');
    expect(deriveView({ kind: 'none' }, 'http://gov.cn/').state).toBe('reload');
    expect(deriveView({ kind: 'none' }, 'https://www.example.com/report.html').state).toBe('outside');
    expect(deriveView({ kind: 'none' }, 'https://evil.com/?x=.gov.cn').state).toBe('outside');
    expect(deriveView({ kind: 'none' }, null).state).toBe('outside');
  });
});

describe('when to stop waiting', () => {
  const state = { kind: 'state' as const, frameId: 0, page: samplePage() };
  it('on opening: not while the detector has seen a candidate', () => {
    expect(settledOnOpen({ kind: 'detector', candidate: true })).toBe(false);
    expect(settledOnOpen({ kind: 'detector', candidate: false })).toBe(true);
    expect(settledOnOpen({ kind: 'none' })).toBe(true);
    expect(settledOnOpen(state)).toBe(true);
  });
  it('after "audit this page": only once an auditor answers', () => {
    expect(settledAfterAudit({ kind: 'detector', candidate: false })).toBe(false);
    expect(settledAfterAudit({ kind: 'none' })).toBe(false);
    expect(settledAfterAudit(state)).toBe(true);
  });
  it('after a reload: once a content script answers', () => {
    expect(settledAfterReload({ kind: 'none' })).toBe(false);
    expect(settledAfterReload({ kind: 'detector', candidate: true })).toBe(false);
    expect(settledAfterReload({ kind: 'detector', candidate: false })).toBe(true);
  });
});

describe('errors and frames', () => {
  it('keeps what went wrong', () => {
    expect(errorView(new LinkError('invalid', 'page', 'get-state', 'bad'))).toMatchObject({ state: 'error', kind: 'invalid', party: 'page' });
    expect(errorView(new TypeError('boom'))).toMatchObject({ state: 'error', kind: 'unexpected', party: null, detail: 'boom' });
  });
  it('actions go to the report frame only', () => {
    expect(frameOf({ state: 'report', frameId: 5, page: samplePage() })).toBe(5);
    expect(frameOf({ state: 'outside' })).toBeNull();
  });
});
