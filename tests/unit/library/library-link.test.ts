// The auditor's link to the library: the record it sends, and last year's report coming back as
// across-years findings drawn on this page.
import { describe, expect, it } from 'vitest';
import { config } from 'zod';
import { linkLibrary } from '../../../components/auditor/library-link';
import { LibraryRecordSchema, recordOf } from '../../../components/library/schema';
import type { LibraryRecord } from '../../../components/library/schema';
import type { ToBackground } from '../../../components/shared/protocol';
import { auditPage } from '../../../lib/sources/html/page-audit';
import { bodyKey } from '../../../lib/years/body';
import { documentFromHtml } from '../../support/fixtures';
import { buildReportHtml } from '../../support/report-builder';
import type { ReportOptions } from '../../support/report-builder';
import { NOW } from '../../support/rule-cases';
import { LAST_SOURCE, THIS_SOURCE, lastYear2021 } from '../rules/across-years-cases';

function audited(page: ReportOptions, source: string) {
  return auditPage(documentFromHtml(buildReportHtml(page)), { source, now: NOW, lang: 'zh' });
}

function lastYearRecord(page: ReportOptions): LibraryRecord {
  const last = audited(page, LAST_SOURCE);
  // Through JSON, as IndexedDB and the message channel carry it.
  return LibraryRecordSchema.parse(JSON.parse(JSON.stringify(recordOf(last.model, LAST_SOURCE, last.result.auditedAt, last.result.summary, { via: 'page', format: 'html' }))));
}

describe('library link', () => {
  it('loads zod told not to try eval (refused in the extension, and costly to refuse in a page)', () => {
    expect(config().jitless).toBe(true);
  });

  it('sends the report\'s record: tables and identity, no page text', async () => {
    const outcome = audited({}, THIS_SOURCE);
    const sent: ToBackground[] = [];
    const linked = await linkLibrary(outcome, THIS_SOURCE, 'html', 'zh', async (m) => {
      sent.push(m);
      return { previous: null };
    });
    expect(linked).toBeNull();
    expect(sent).toHaveLength(1);
    const msg = sent[0]!;
    if (msg.type !== 'library-audited') throw new Error(`sent ${msg.type}`);
    expect(msg.record).toMatchObject({ source: THIS_SOURCE, year: 2023, body: outcome.model.agency, bodyKey: bodyKey(outcome.model) });
    expect(msg.record.bodyKey).not.toBeNull();
    expect(Object.keys(msg.record.tables).sort()).toEqual(['appeals', 'proactive', 'requests']);
    expect(JSON.stringify(msg.record)).not.toContain(outcome.model.sections[0]!.body);
  });

  it('adds last year\'s across-years findings and places them on this page', async () => {
    const outcome = audited({}, THIS_SOURCE);
    expect(outcome.result.checks.find((c) => c.rule === 'x-carry-over')?.notRun).toBe('needs-previous');
    const previous = lastYearRecord(lastYear2021({ cells: { requests: { 'carried-out/business': '5' } } }));
    const sent: ToBackground[] = [];
    const linked = await linkLibrary(outcome, THIS_SOURCE, 'html', 'zh', async (m) => {
      sent.push(m);
      return { previous };
    });
    const f = linked!.result.findings.filter((x) => x.rule === 'x-carry-over');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ column: 'business', expected: 5, actual: 2, previous: { source: LAST_SOURCE, year: 2022 } });
    expect(linked!.result.checks.find((c) => c.rule === 'x-carry-over')).toMatchObject({ checked: 7, failed: 1 });
    expect(linked!.result.summary.error).toBe(outcome.result.summary.error + 1);
    // Kept again with the counts the page shows.
    expect(sent.map((m) => (m.type === 'library-audited' ? m.record.summary.error : null)))
      .toEqual([outcome.result.summary.error, outcome.result.summary.error + 1]);
    const where = linked!.locations.get(f[0]!.id)!;
    expect(where.primary?.textContent?.trim()).toBe('2');
    for (const old of outcome.result.findings) expect(linked!.locations.get(old.id)).toBe(outcome.locations.get(old.id));
  });

  it('adds nothing when the background does not answer as the protocol says', async () => {
    const outcome = audited({}, THIS_SOURCE);
    expect(await linkLibrary(outcome, THIS_SOURCE, 'html', 'zh', async () => ({ previous: { source: 1 } }))).toBeNull();
    expect(await linkLibrary(outcome, THIS_SOURCE, 'html', 'zh', () => Promise.reject(new Error('gone')))).toBeNull();
  });
});
