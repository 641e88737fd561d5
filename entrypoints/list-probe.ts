// Run by the popup in a page's isolated world: how many annual reports this page links, if it is
// a list of them, and the report files it attaches (components/shared/list-probe.ts). Reads the
// page; changes nothing in it.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { reportAttachments } from '../lib/batch/attachments';
import { looksLikeListPage } from '../lib/batch/list-page';
import type { HtmlDocument } from '../lib/sources/html/dom';
import { LIST_PROBE_KEY } from '../components/shared/list-probe';
import type { ListProbe } from '../components/shared/list-probe';

export default defineUnlistedScript(() => {
  const doc = document as unknown as HtmlDocument;
  const answer: ListProbe = { url: location.href, reports: looksLikeListPage(doc, location.href), contentType: document.contentType, attachments: reportAttachments(doc, location.href) };
  (globalThis as unknown as Record<string, ListProbe>)[LIST_PROBE_KEY] = answer;
});
