// The side panel: the popup's view of the active tab, kept open, with the list's filters, search,
// previous/next and the dismissals file. It follows tab switches and page rescans. `?tabId=N` pins
// the tab (a test hook, as in the popup: the panel page can then be opened as an ordinary tab).
import { render } from 'preact';
import { browser } from 'wxt/browser';
import createDOMPurify from 'dompurify';
import type { ExportDeps } from '../../lib/export';
import { langOf } from '../../lib/i18n/lang';
import { ui } from '../../lib/i18n/ui';
import { downloadFile } from '../../components/popup/export-file';
import type { PageLinkApi } from '../../components/popup/page-link';
import { PopupApp } from '../../components/popup/popup-app';
import { watchTabs } from '../../components/sidepanel/tab-watch';
import '../popup/style.css';
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
    surface="panel"
    watch={watchTabs(browser)}
    exportDeps={exportDeps}
    download={(file) => downloadFile(file, window)}
  />,
  document.getElementById('app')!,
);
