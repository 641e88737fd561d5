// The findings list beside a document in the viewer is the side panel's (PopupApp), talking to
// the viewer's own audit session instead of a tab's content script: what it would send to the
// tab goes to the session in this page, and what it would ask the background (which frames hold
// a report, audit the tab) the session answers. One list, one set of exports, whichever surface shows them.
import type { AuditSession } from '../auditor/session';
import type { PageLinkApi } from '../popup/page-link';
import type { TabWatch } from '../sidepanel/tab-watch';

/** The tab id the list is told it looks at: there is only this page. */
const VIEWER_TAB = 1;

/** `url`: the viewer's own address (the list must not take the document's for a file the browser shows). */
export function viewerLink(session: AuditSession, url: string): PageLinkApi {
  const tab = { id: VIEWER_TAB, url };
  return {
    runtime: {
      async sendMessage(m) {
        // "Audit this page anyway": the document is audited again, here.
        if (m.type === 'audit-tab') {
          await session.scan();
          return { ok: true };
        }
        const state = session.state();
        const r = state?.result;
        return { frames: r ? [{ frameId: 0, isReport: r.report.isReport, title: r.report.title, summary: r.summary }] : [] };
      },
    },
    tabs: {
      query: async () => [tab],
      get: async () => tab,
      sendMessage: (_tabId, message) => session.handle(message),
      reload: async () => {
        await session.scan();
      },
    },
    // A document has no page to probe for lists.
    scripting: { executeScript: async () => [] },
  };
}

/** The list follows the session: told "audited" when the library added last year's findings. */
export function viewerWatch(subscribe: (listener: () => void) => void): TabWatch {
  return (listener) => {
    let live = true;
    subscribe(() => {
      if (live) listener({ kind: 'audited', tabId: VIEWER_TAB });
    });
    return () => {
      live = false;
    };
  };
}
