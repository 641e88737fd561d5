// The dashboard, an extension page: dashboard.html?list=<a list page's URL, encoded> audits every
// report the list links (it starts when opened, so the address can be bookmarked).
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { DashboardApp } from '../../components/dashboard/dashboard-app';
import { batchExport } from '../../components/dashboard/exports';
import { batchDeps } from '../../components/dashboard/readers';
import { Library } from '../../components/library/store';
import { downloadFile } from '../../components/popup/export-file';
import { langOf } from '../../lib/i18n/lang';
import { ui } from '../../lib/i18n/ui';
import './style.css';

const lang = langOf(navigator.language);
const listUrl = new URLSearchParams(location.search).get('list');
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
document.title = ui('dashboardTitle', lang);
const deps = batchDeps({ lang, library: new Library(), jobs: 4 });
render(
  <DashboardApp
    listUrl={listUrl}
    deps={deps}
    lang={lang}
    exportAs={async (format, entries) => downloadFile(await batchExport(format, entries, { lang, listUrl: listUrl ?? '' }), window)}
    openReport={(url) => void browser.tabs.create({ url })}
  />,
  document.getElementById('app')!,
);
