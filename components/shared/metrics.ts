// Timings the in-page scripts keep about themselves (never written into the page), shared by the
// detector and the auditor through their common isolated world. Read from outside with
// scripting.executeScript in that world (the popup: is a detector here; tests and benchmarks: the
// timings), so the detector needs no message listener on the pages where it finds nothing.

export interface ScanTiming {
  /** performance.now() when the scan started. */
  at: number;
  auditMs: number;
  drawMs: number;
  findings: number;
  /** The scan ran in slices (a huge page): the longest slice. */
  longestSliceMs: number;
}

export interface Metrics {
  detectorStart: number | null;
  detectorMs: number | null;
  /** The detector's cheap look said this may be a report. */
  candidate: boolean;
  /** How the auditor came into this frame: imported by the detector, or injected by the background. */
  auditorLoad: 'import' | 'background' | null;
  /** performance.now() when the detector began loading the auditor. */
  loadStart: number | null;
  auditorStart: number | null;
  scans: ScanTiming[];
  /** Longest single piece of work we did on the main thread (ms). */
  longestTaskMs: number;
  /** Sum of the work we did on the main thread (ms). */
  totalMs: number;
}

/** Where the metrics live on the isolated world's globalThis. */
export const METRICS_KEY = '__xxgkMetrics';
const MAX_SCANS = 200;

export function metrics(): Metrics {
  const g = globalThis as unknown as Record<string, Metrics | undefined>;
  return (g[METRICS_KEY] ??= {
    detectorStart: null, detectorMs: null, candidate: false, auditorLoad: null, loadStart: null, auditorStart: null, scans: [], longestTaskMs: 0, totalMs: 0,
  });
}

/** Runs fn as one tracked piece of main-thread work. */
export function tracked<T>(fn: () => T): T {
  const t0 = performance.now();
  try {
    return fn();
  } finally {
    note(performance.now() - t0);
  }
}

export function note(ms: number): void {
  const m = metrics();
  m.totalMs += ms;
  if (ms > m.longestTaskMs) m.longestTaskMs = ms;
}

export function recordScan(scan: ScanTiming): void {
  const m = metrics();
  m.scans.push(scan);
  if (m.scans.length > MAX_SCANS) m.scans.splice(0, m.scans.length - MAX_SCANS);
}
