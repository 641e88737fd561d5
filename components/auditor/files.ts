// The auditor's bundle (entrypoints/auditor.ts): imported by the detector (so it is a web-accessible
// resource of the automatic hosts, behind a per-session URL) and injected by the background.
export const AUDITOR_FILE = '/auditor.js';
