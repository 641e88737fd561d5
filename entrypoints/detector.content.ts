// Runs on every page of the automatic hosts: the small detector only (see components/auditor/detector.ts).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startDetector } from '../components/auditor/detector';
import { AUTO_HOST_PATTERNS } from '../components/shared/hosts';

export default defineContentScript({
  matches: [...AUTO_HOST_PATTERNS],
  allFrames: true,
  runAt: 'document_idle',
  main() {
    startDetector();
  },
});
