import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { AUTO_HOST_PATTERNS } from './components/shared/hosts';
import { AUDITOR_FILE } from './components/auditor/files';

/** The icon set drawn by tests/tools/make-icons.mjs. */
const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

/** The engine's bundle as the manifest and the build name it (no leading slash). */
const AUDITOR_BUNDLE = AUDITOR_FILE.slice(1);

// Permissions, each for one feature (see README, "Permissions"):
// storage    — dismissals and the highlight switch, remembered per page; which frames hold a report
// scripting  — register the detector, load the engine into a frame only once the detector saw a
//              report there, and let the popup read a quiet detector's verdict
// activeTab  — audit any other page on demand, from the popup, without a broad host permission
// sidePanel  — the findings panel that stays open beside the page (WXT adds it for entrypoints/sidepanel)
// commands (a manifest key, no permission) — next/previous finding from the keyboard
/**
 * V8's explicit compile hint: compile every function of the auditor while the file is parsed off
 * the main thread, instead of one by one on first call during the page's first audit.
 */
const compileAuditorEagerly: Plugin = {
  name: 'xxgk-compile-auditor-eagerly',
  enforce: 'post',
  generateBundle(_options, bundle) {
    const chunk = bundle[AUDITOR_BUNDLE];
    if (chunk?.type === 'chunk') chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
  },
};

export default defineConfig({
  imports: false,
  vite: () => ({ plugins: [preact(), compileAuditorEagerly] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'scripting', 'activeTab', 'sidePanel'],
    host_permissions: [...AUTO_HOST_PATTERNS],
    // The detector imports the engine into its own world on a page that may be a report; only
    // pages of the automatic hosts may load it, and only through a URL that changes every session.
    web_accessible_resources: [{ resources: [AUDITOR_BUNDLE], matches: [...AUTO_HOST_PATTERNS], use_dynamic_url: true }],
    icons: ICONS,
    action: { default_title: '__MSG_extName__', default_icon: ICONS },
    side_panel: { default_path: 'sidepanel.html' },
    commands: {
      'next-finding': { suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_cmdNextFinding__' },
      'previous-finding': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_cmdPreviousFinding__' },
    },
  },
  zip: { excludeSources: ['.output/**', 'dist/**', 'node_modules/**', 'tests/artifacts/**'] },
});
