// The toolbar popup. `?tabId=N` names the tab to look at (a test hook: the popup can then be
// opened as an ordinary tab); otherwise the active tab of the current window.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import createDOMPurify from 'dompurify';
import type { ExportDeps } from '../../lib/export';
import { langOf } from '../../lib/i18n/lang';
import { ui } from '../../lib/i18n/ui';
import { downloadFile } from '../../components/popup/export-file';
import type { PageLinkApi } from '../../components/popup/page-link';
import { PopupApp } from '../../components/popup/popup-app';
import './style.css';

const lang = langOf(navigator.language);
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
document.title = ui('popupAppName', lang);

let deps: ExportDeps | null = null;
const exportDeps = (): ExportDeps => (deps ??= { sanitize: createDOMPurify(window) });

const api: PageLinkApi = browser;

render(
  <PopupApp
    api={api}
    search={location.search}
    lang={lang}
    exportDeps={exportDeps}
    download={(file) => downloadFile(file, window)}
    // Opening the panel needs the user's gesture: the click in the popup is one.
    openPanel={browser.sidePanel ? (tabId) => browser.sidePanel.open({ tabId }) : undefined}
  />,
  document.getElementById('app')!,
);
