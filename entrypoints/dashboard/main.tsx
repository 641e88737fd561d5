// The dashboard, an extension page: dashboard.html?list=<a list page's URL, encoded> audits every
// report the list links (it starts when opened, so the address can be bookmarked).
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { DashboardApp } from '../../components/dashboard/dashboard-app';
import { batchDeps } from '../../components/dashboard/readers';
import type { Library } from '../../components/library/store';
import { langOf } from '../../lib/i18n/lang';
import { ui } from '../../lib/i18n/ui';
import './style.css';

const lang = langOf(navigator.language);
const listUrl = new URLSearchParams(location.search).get('list');
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
document.title = ui('dashboardTitle', lang);
let library: Promise<Library> | null = null;
const openLibrary = () => (library ??= import('../../components/library/store').then((m) => new m.Library()));
const deps = batchDeps({ lang, library: openLibrary, jobs: 4 });
render(
  <DashboardApp
    listUrl={listUrl}
    deps={deps}
    lang={lang}
    exportAs={async (format, entries) => {
      // The exporters (and the workbook library) load on the first export, not with the page.
      const [{ batchExport }, { downloadFile }] = await Promise.all([import('../../components/dashboard/exports'), import('../../components/popup/export-file')]);
      downloadFile(await batchExport(format, entries, { lang, listUrl: listUrl ?? '' }), window);
    }}
    openReport={(url) => {
      // A PDF or a Word file is shown and marked in the viewer; a page is marked where it is.
      const kind = deps.formatOf(url);
      const viewer = kind === 'pdf' || kind === 'docx';
      void browser.tabs.create({ url: viewer ? `${browser.runtime.getURL('/viewer.html')}?src=${encodeURIComponent(url)}` : url });
    }}
  />,
  document.getElementById('app')!,
);
