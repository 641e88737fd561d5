// The document viewer, an extension page: viewer.html?src=<a PDF's or a .docx's address, encoded>
// reads the file with the extension's host permission (the dashboard's polite fetch), shows it and
// marks it; without ?src= it offers to open a file from this computer.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import createDOMPurify from 'dompurify';
import type { ExportDeps } from '../../lib/export';
import { politeFetcher } from '../../lib/batch/polite-fetch';
import { langOf } from '../../lib/i18n/lang';
import { ui } from '../../lib/i18n/ui';
import { downloadFile } from '../../components/popup/export-file';
import { ViewerApp } from '../../components/viewer/viewer-app';
import '../popup/style.css';
import './style.css';

const lang = langOf(navigator.language);
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
document.title = ui('viewerTitle', lang);
const raw = new URLSearchParams(location.search).get('src');
// Only web addresses are fetched: anything else is a file to choose by hand.
const src = raw && /^https?:\/\//i.test(raw) ? raw : null;
let deps: ExportDeps | null = null;
render(
  <ViewerApp
    src={src}
    lang={lang}
    deps={{
      fetchBytes: politeFetcher({ lang }),
      listen: (handler) => {
        const listener = (raw: unknown, sender: { id?: string }, reply: (r: unknown) => void) => (sender.id === browser.runtime.id ? handler(raw, reply) : false);
        browser.runtime.onMessage.addListener(listener);
        return () => browser.runtime.onMessage.removeListener(listener);
      },
      exportDeps: () => (deps ??= { sanitize: createDOMPurify(window) }),
      download: (file) => downloadFile(file, window),
      openLibrary: () => browser.tabs.create({ url: browser.runtime.getURL('/library.html') }),
    }}
  />,
  document.getElementById('app')!,
);
