// The engine and the in-page marks, injected by the background into a frame that may hold a report.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startAuditor } from '../components/auditor/start';

export default defineUnlistedScript(() => {
  startAuditor();
});
