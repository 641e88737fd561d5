// xxgk-audit: arguments → inputs (folders expanded) → each input read and audited, up to --jobs at
// once → across-years comparison over the batch → one output in the inputs' order. The parser, the
// engine and the workbook library are imported only when needed, so --help, --version and bad
// usage answer without loading them.
import { format } from '../i18n/lang';
import type { ErrorEntry } from '../export/batch-entry';
import { ENGINE_VERSION } from '../version';
import type { Args } from './args';
import { parseArgs } from './args';
import type { AuditedInput } from './audit-input';
import { politeFetcher } from '../batch/polite-fetch';
import type { FetchedInput } from './fetch-input';
import { fetchInput } from './fetch-input';
import { errorEntry } from './input-error';
import { expandInputs } from './inputs';
import { cliText } from './messages';
import { mapInOrder } from './pool';

/** Requests at once to one host, however many --jobs. */
const PER_HOST = 2;

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** A terminal's status line (done / total, the current input); null clears it. Absent: no progress. */
  progress?: (text: string | null) => void;
  now?: Date;
}

/** What the batch reads: the reports the list pages link to (--links), or the inputs, folders expanded. */
async function batchInputs(args: Args, io: CliIo, read: (input: string) => Promise<FetchedInput>): Promise<(string | ErrorEntry)[]> {
  if (!args.links) return expandInputs(args.inputs, args.lang);
  const { linkedReports } = await import('./links');
  let done = 0;
  const show = (list: string) => io.progress?.(format(cliText('progressList', args.lang), { done, total: args.inputs.length, input: list }));
  return linkedReports(args.inputs, read, {
    lang: args.lang, jobs: args.jobs, events: { started: show, finished: (list) => {
      done++;
      show(list);
    } },
  });
}

async function auditAll(args: Args, io: CliIo): Promise<(AuditedInput | ErrorEntry)[]> {
  const readUrl = politeFetcher({ perHost: PER_HOST, lang: args.lang });
  const read = (input: string) => fetchInput(input, args.lang, readUrl);
  const [{ auditInput }, inputs] = await Promise.all([import('./audit-input'), batchInputs(args, io, read)]);
  let done = 0;
  const total = inputs.length;
  const show = (input: string) => io.progress?.(format(cliText('progress', args.lang), { done, total, input }));
  const entries = await mapInOrder(inputs, args.jobs, async (input) => {
    if (typeof input !== 'string') return input;
    try {
      const audited = await auditInput(await read(input), input, { lang: args.lang, now: io.now });
      // A scanned PDF is read, but holds no text to check: said on standard error beside its result.
      if (audited.notice) io.err(`xxgk-audit: ${format(cliText('notChecked', args.lang), { input, reason: audited.notice[args.lang] })}`);
      return audited;
    } catch (e) {
      return errorEntry(input, e);
    }
  }, {
    started: (input) => typeof input === 'string' && show(input),
    finished: (input) => {
      done++;
      show(typeof input === 'string' ? input : input.source);
    },
  });
  io.progress?.(null);
  return entries;
}

/** Runs the command line; returns the exit status. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  if ('help' in args) {
    io.out(cliText('usage', 'zh') + '\n\n' + cliText('usage', 'en'));
    return 0;
  }
  if ('version' in args) {
    io.out(ENGINE_VERSION);
    return 0;
  }
  if ('error' in args) {
    io.err(`xxgk-audit: ${args.error}\n${cliText('usage', args.lang)}`);
    return 2;
  }
  const read = await auditAll(args, io);
  const { compareAcrossYears } = await import('./across-years');
  const entries = compareAcrossYears(read, { lang: args.lang, now: io.now });
  let failed = false;
  for (const e of entries) {
    if (!('error' in e)) continue;
    failed = true;
    io.err(`xxgk-audit: ${format(cliText('unreadable', args.lang), { input: e.source, reason: e.error.message })}`);
  }
  const { writeOutput } = await import('./output');
  if (!(await writeOutput(entries, args, io))) return 2;
  return failed ? 1 : 0;
}
