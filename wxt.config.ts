import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { AUTO_HOST_PATTERNS } from './components/shared/hosts';

// Permissions, each for one feature (see README, "Permissions"):
// storage    — dismissals and the highlight switch, remembered per page; which frames hold a report
// scripting  — load the engine into a frame only once the detector saw a report there
// activeTab  — audit any other page on demand, from the popup, without a broad host permission
export default defineConfig({
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'scripting', 'activeTab'],
    host_permissions: [...AUTO_HOST_PATTERNS],
    action: { default_title: '__MSG_extName__' },
  },
  zip: { excludeSources: ['.output/**', 'dist/**', 'node_modules/**', 'tests/artifacts/**'] },
});
