// One batch: the reports a list page links, each read and audited (at most `jobs` at once; the
// reader keeps to two requests per host), then the reports of one body in consecutive years
// compared with each other, exactly as the command line does for the same list. It can be
// cancelled and resumed: what was audited stays, what was not is read on resume.
import type { Lang } from '../../lib/i18n/lang';
import type { AuditResult } from '../../lib/result/schema';
import { previousYearOf } from '../../lib/years/pairing';
import { withPrevious } from '../../lib/years/with-previous';
import type { AuditedReport } from '../../lib/years/with-previous';
import type { ReportEntry, ReadFailure } from './entries';

/** A report that could not be read, with the command line's error code. */
export class ReadError extends Error {
  constructor(readonly failure: ReadFailure) {
    super(failure.message);
  }
}

/** What a list leads to: a linked report, or a page of the list that could not be read. */
export type Linked = { url: string; title: string } | { url: string; failure: ReadFailure };

export interface BatchDeps {
  /** The reports the list page links, following its pages, each once, in list order. */
  collect(listUrl: string, signal: AbortSignal): Promise<Linked[]>;
  /** One report read, parsed and audited (throws a ReadError when it cannot be read). */
  audit(url: string, signal: AbortSignal): Promise<AuditedReport>;
  /** Keeps an audited report (the local library), with its across-years findings. */
  keep(source: string, report: AuditedReport): Promise<void>;
  jobs: number;
  lang: Lang;
  now?: Date;
}

export type BatchState = 'running' | 'done' | 'cancelled';

export interface BatchSnapshot {
  state: BatchState;
  entries: readonly ReportEntry[];
  /** The list page could not be read: why. */
  listError: ReadFailure | null;
}

export class Batch {
  private entries: ReportEntry[] = [];
  private readonly audited = new Map<string, AuditedReport>();
  private state: BatchState = 'running';
  private listError: ReadFailure | null = null;
  private abort = new AbortController();
  private collected = false;

  constructor(private readonly listUrl: string, private readonly deps: BatchDeps, private readonly onChange: (s: BatchSnapshot) => void) {}

  snapshot(): BatchSnapshot {
    return { state: this.state, entries: this.entries, listError: this.listError };
  }

  /** Runs (or resumes) the batch to its end or until cancelled. */
  async run(): Promise<void> {
    this.abort = new AbortController();
    const { signal } = this.abort;
    this.set({ state: 'running' });
    if (!this.collected) {
      try {
        const links = await this.deps.collect(this.listUrl, signal);
        this.entries = links.map((l): ReportEntry => ('failure' in l
          ? { source: l.url, linkTitle: '', state: 'failed', error: l.failure }
          : { source: l.url, linkTitle: l.title, state: 'queued' }));
        this.collected = true;
      } catch (e) {
        if (signal.aborted) return this.set({ state: 'cancelled' });
        this.listError = e instanceof ReadError ? e.failure : { code: 'network', message: e instanceof Error ? e.message : String(e) };
        return this.set({ state: 'done' });
      }
      this.set({});
    }
    const workers = Array.from({ length: Math.max(1, this.deps.jobs) }, () => this.work(signal));
    await Promise.all(workers);
    if (signal.aborted) return this.set({ state: 'cancelled' });
    await this.compareYears();
    this.set({ state: 'done' });
  }

  cancel(): void {
    this.abort.abort();
  }

  private async work(signal: AbortSignal): Promise<void> {
    for (;;) {
      if (signal.aborted) return;
      const i = this.entries.findIndex((e) => e.state === 'queued');
      if (i < 0) return;
      const { source, linkTitle } = this.entries[i]!;
      this.replace(i, { source, linkTitle, state: 'reading' });
      try {
        const report = await this.deps.audit(source, signal);
        this.audited.set(source, report);
        this.replace(i, { source, linkTitle, state: 'done', result: report.result });
      } catch (e) {
        if (signal.aborted) {
          this.replace(i, { source, linkTitle, state: 'queued' });
          return;
        }
        const failure = e instanceof ReadError ? e.failure : { code: 'network' as const, message: e instanceof Error ? e.message : String(e) };
        this.replace(i, { source, linkTitle, state: 'failed', error: failure });
      }
    }
  }

  /** Reports of one body in consecutive years, among this batch, compared; then each is kept. */
  private async compareYears(): Promise<void> {
    const done = this.entries.flatMap((e) => (e.state === 'done' ? [{ source: e.source, ...this.audited.get(e.source)! }] : []));
    const previous = previousYearOf(done);
    const results = new Map<string, AuditResult>();
    for (const [i, a] of done.entries()) {
      const last = previous[i];
      const compared = last ? withPrevious(a, { model: last.model, source: last.source }, { lang: this.deps.lang, now: this.deps.now }).result : a.result;
      results.set(a.source, compared);
      await this.deps.keep(a.source, { model: a.model, result: compared }).catch(() => {});
    }
    this.entries = this.entries.map((e) => (e.state === 'done' ? { ...e, result: results.get(e.source) ?? e.result } : e));
  }

  private replace(i: number, e: ReportEntry): void {
    this.entries = this.entries.map((x, j) => (j === i ? e : x));
    this.set({});
  }

  private set(change: Partial<Pick<BatchSnapshot, 'state'>>): void {
    if (change.state) this.state = change.state;
    this.onChange(this.snapshot());
  }
}
