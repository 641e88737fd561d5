// The toolbar popup. `?tabId=N` names the tab to look at (a test hook: the popup can then be
// opened as an ordinary tab); otherwise the active tab of the current window.
import { browser } from 'wxt/browser';
import { mountApp } from '../../components/popup/mount';
import './style.css';

// Opening the panel needs the user's gesture: the click in the popup is one.
mountApp({ openPanel: browser.sidePanel ? (tabId) => browser.sidePanel.open({ tabId }) : undefined });
