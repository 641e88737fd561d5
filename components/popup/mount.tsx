// What the popup and the side panel share when they start: the language, the page title, the
// export dependencies (DOMPurify on this window, made once when first needed), downloads.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import createDOMPurify from 'dompurify';
import type { ExportDeps } from '../../lib/export';
import { langOf } from '../../lib/i18n/lang';
import { ui } from '../../lib/i18n/ui';
import { downloadFile } from './export-file';
import type { PageLinkApi } from './page-link';
import { PopupApp } from './popup-app';
import type { PopupAppProps } from './popup-app';

type SurfaceProps = Omit<PopupAppProps, 'api' | 'search' | 'lang' | 'exportDeps' | 'download' | 'openLibrary' | 'openDashboard' | 'openViewer'>;

export function mountApp(props: SurfaceProps): void {
  const lang = langOf(navigator.language);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = ui('popupAppName', lang);
  let deps: ExportDeps | null = null;
  const exportDeps = (): ExportDeps => (deps ??= { sanitize: createDOMPurify(window) });
  const api: PageLinkApi = browser;
  render(
    <PopupApp
      {...props}
      api={api}
      search={location.search}
      lang={lang}
      exportDeps={exportDeps}
      download={(file) => downloadFile(file, window)}
      openLibrary={() => browser.tabs.create({ url: browser.runtime.getURL('/library.html') })}
      openViewer={(src) => browser.tabs.create({ url: `${browser.runtime.getURL('/viewer.html')}?src=${encodeURIComponent(src)}` })}
      openDashboard={(listUrl) => browser.tabs.create({ url: `${browser.runtime.getURL('/dashboard.html')}?list=${encodeURIComponent(listUrl)}` })}
    />,
    document.getElementById('app')!,
  );
}
