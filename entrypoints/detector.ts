// The small detector (components/auditor/detector.ts). A plain script, registered as a content
// script by the background (components/background/registration.ts) rather than through WXT's
// content-script wrapper, which would post a message into every page it runs on.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startDetector } from '../components/auditor/detector';

export default defineUnlistedScript(() => {
  startDetector();
});
