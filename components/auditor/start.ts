// Starts the auditor in this frame once, and routes the popup's messages to it.
import { pageApi as browser } from '../shared/page-api';
import { readToPage } from '../shared/page-guards';
import { AUDITOR_FLAG } from './flag';
import { AuditSession } from './session';


export function startAuditor(): void {
  const g = globalThis as unknown as Record<string, unknown>;
  if (g[AUDITOR_FLAG]) return;
  const session = new AuditSession(document, window);
  g[AUDITOR_FLAG] = session;
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse: (r: unknown) => void) => {
    if (sender.id !== browser.runtime.id) return false;
    const msg = readToPage(raw);
    if (!msg) return false;
    session.handle(msg).then(sendResponse, () => sendResponse(null));
    return true;
  });
  void session.start();
}
