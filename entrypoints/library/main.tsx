// The library of audited reports, an extension page (its IndexedDB is the extension's own).
import { render } from 'preact';
import { langOf } from '../../lib/i18n/lang';
import { ui } from '../../lib/i18n/ui';
import { LibraryApp } from '../../components/library/library-app';
import { Library } from '../../components/library/store';
import { downloadFile } from '../../components/popup/export-file';
import './style.css';

const lang = langOf(navigator.language);
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
document.title = ui('libraryTitle', lang);
render(<LibraryApp library={new Library()} lang={lang} download={(file) => downloadFile(file, window)} />, document.getElementById('app')!);
