// Run by the popup in a page's isolated world: how many annual reports this page links, if it is
// a list of them (components/shared/list-probe.ts). Reads the page; changes nothing in it.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { looksLikeListPage } from '../lib/batch/list-page';
import type { HtmlDocument } from '../lib/sources/html/dom';
import { LIST_PROBE_KEY } from '../components/shared/list-probe';
import type { ListProbe } from '../components/shared/list-probe';

export default defineUnlistedScript(() => {
  const answer: ListProbe = { url: location.href, reports: looksLikeListPage(document as unknown as HtmlDocument, location.href) };
  (globalThis as unknown as Record<string, ListProbe>)[LIST_PROBE_KEY] = answer;
});
