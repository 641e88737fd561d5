// The side panel: the popup's view of the active tab, kept open, with the list's filters, search,
// previous/next and the dismissals file. It follows tab switches and page rescans. `?tabId=N` pins
// the tab (a test hook, as in the popup: the panel page can then be opened as an ordinary tab).
import { browser } from 'wxt/browser';
import { mountApp } from '../../components/popup/mount';
import { watchTabs } from '../../components/sidepanel/tab-watch';
import '../popup/style.css';
import './style.css';

mountApp({ surface: 'panel', watch: watchTabs(browser) });
