// What every export reads: one page's audit result, the auditor's dismissals and, for the readable
// report, the offending table rows copied from the page. Shared helpers for the formatters.
import type { Lang } from '../i18n/lang';
import { format } from '../i18n/lang';
import type { UiKey } from '../i18n/ui';
import { ui } from '../i18n/ui';
import type { Dismissal, DismissReason } from '../result/dismissal';
import type { AuditResult, Finding } from '../result/schema';

export interface ExportInput {
  result: AuditResult;
  /** The auditor's decisions for this page; a finding with one is shown as dismissed. */
  dismissals: Dismissal[];
  /** By finding id: HTML of the offending rows (a <table> with the <tr>s involved), copied from
   * the page. UNTRUSTED: only ever shown after the caller's sanitiser. */
  snippets: Record<string, string>;
  lang: Lang;
  /** The page's own <title>, used when the report's title could not be read. */
  pageTitle?: string;
}

/** A finding's status as the exports show it: the engine's status, or dismissed by the auditor. */
export type ExportStatus = Finding['status'] | 'dismissed';

export const STATUS_KEY: Record<ExportStatus, UiKey> = {
  fail: 'statusFail', review: 'statusReview', dismissed: 'statusDismissed',
};
export const REASON_KEY: Record<DismissReason, UiKey> = {
  'not-a-defect': 'reasonNotADefect', accepted: 'reasonAccepted', 'follow-up': 'reasonFollowUp',
};

/** Dismissals by finding id; when a finding was decided twice, the latest decision counts. */
export function dismissalsById(dismissals: readonly Dismissal[]): Map<string, Dismissal> {
  const byId = new Map<string, Dismissal>();
  for (const d of dismissals) {
    const seen = byId.get(d.findingId);
    if (!seen || Date.parse(d.at) >= Date.parse(seen.at)) byId.set(d.findingId, d);
  }
  return byId;
}

export function statusOf(f: Finding, dismissal: Dismissal | undefined): ExportStatus {
  return dismissal ? 'dismissed' : f.status;
}

/** The date part of an ISO date-time (UTC), e.g. 2026-11-23. */
export function isoDay(at: string): string {
  return at.slice(0, 10);
}

/** 「不是问题（2026-11-23）」, and the auditor's note after it when there is one. */
export function dismissalText(d: Dismissal, lang: Lang): string {
  const text = format(ui('exportDismissalValue', lang), { reason: ui(REASON_KEY[d.reason], lang), date: isoDay(d.at) });
  return d.note ? format(ui('exportDismissalWithNote', lang), { text, note: d.note }) : text;
}

/** The title the exports name the report by: the report's own, else the page's, else null. */
export function reportTitle(input: ExportInput): string | null {
  const t = input.result.report.title?.trim() || input.pageTitle?.trim();
  return t ? t : null;
}
