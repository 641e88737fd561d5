// What the popup shows, derived from what the page answered (page-link.ts). Pure.
//
//   loading ──probe──▶ report      an auditor's state with findings
//                      clean       an auditor's state without findings
//                      not-report  the detector's look (candidate false) or the auditor said no
//                      reload      nobody answered, on a host audited automatically
//                      outside     nobody answered, anywhere else
//                      document    nobody answered, and the tab shows a PDF or a Word file
//                      error       a message rejected or a reply did not match the protocol
//
// "Audit this page" (outside, not-report) and "reload" go back through loading and probe again.
import { formatOfName } from '../../lib/sources/file-name';
import { isAutoHost } from '../shared/hosts';
import type { PageState } from '../shared/protocol';
import type { LinkErrorKind, Party, Probe } from './page-link';
import { LinkError, messageOf } from './page-link';

export type View =
  | { state: 'loading'; working?: boolean }
  | { state: 'report'; frameId: number; page: PageState }
  | { state: 'clean'; frameId: number; page: PageState }
  | { state: 'not-report'; by: 'detector' | 'auditor'; page: PageState | null }
  | { state: 'reload' }
  | { state: 'outside' }
  | { state: 'document'; url: string; kind: 'pdf' | 'docx' }
  | { state: 'error'; kind: LinkErrorKind | 'unexpected'; party: Party | null; detail: string };

/** The view for an answer from the page, given the tab's URL (for reload vs outside). */
export function deriveView(probe: Probe, tabUrl: string | null): View {
  // A file the browser shows itself: no report in its viewer's page, whatever runs there; ours can show it.
  const kind = tabUrl ? documentKind(tabUrl) : null;
  if (tabUrl && kind && !(probe.kind === 'state' && probe.page.result.report.isReport)) return { state: 'document', url: tabUrl, kind };
  switch (probe.kind) {
    case 'state': {
      const { page, frameId } = probe;
      if (!page.result.report.isReport) return { state: 'not-report', by: 'auditor', page };
      if (page.result.findings.length === 0) return { state: 'clean', frameId, page };
      return { state: 'report', frameId, page };
    }
    case 'detector':
      return { state: 'not-report', by: 'detector', page: null };
    case 'none':
      // Nobody answered: the tab's URL tells a page opened before the extension was installed
      // (on a host audited automatically) from a page elsewhere.
      return isAutoHost(tabUrl) ? { state: 'reload' } : { state: 'outside' };
  }
}

/** A PDF or a Word file, by the name in the address. */
function documentKind(url: string): 'pdf' | 'docx' | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const kind = formatOfName(path);
  return kind === 'pdf' || kind === 'docx' ? kind : null;
}

export function errorView(e: unknown): View {
  if (e instanceof LinkError) return { state: 'error', kind: e.kind, party: e.party, detail: e.message };
  return { state: 'error', kind: 'unexpected', party: null, detail: messageOf(e) };
}

/** On opening: wait while the detector has seen a candidate and the auditor is being started. */
export function settledOnOpen(p: Probe): boolean {
  return !(p.kind === 'detector' && p.candidate);
}

/** After "audit this page": wait until an auditor answers. */
export function settledAfterAudit(p: Probe): boolean {
  return p.kind === 'state';
}

/** After a reload: wait until a content script answers and, if it saw a candidate, the auditor. */
export function settledAfterReload(p: Probe): boolean {
  return p.kind !== 'none' && settledOnOpen(p);
}

/** The frame to send actions to, when the view shows an auditor's state. */
export function frameOf(view: View): number | null {
  return view.state === 'report' || view.state === 'clean' ? view.frameId : null;
}
