// xxgk-audit [--json] [--lang zh|en] FILE_OR_URL...
// Each input goes fetch → open as a document (a page, a .docx) → audit; then reports of one body in consecutive
// years are compared (lib/years). The parser and the engine are imported
// when the first input is read, so --help, --version and bad usage answer without loading them.
import { format } from '../i18n/lang';
import type { Lang, Text } from '../i18n/lang';
import type { ReportModel } from '../model';
import type { AuditResult } from '../result/schema';
import type { ReportSource } from '../sources/types';
import { UnreadableDocument } from '../sources/unreadable';
import { ENGINE_VERSION } from '../version';
import { fetchInput, InputError } from './fetch-input';
import { cliText } from './messages';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  now?: Date;
}

interface Args {
  json: boolean;
  lang: Lang;
  inputs: string[];
}

function parseArgs(argv: string[]): Args | { help: true } | { version: true } | { error: string; lang: Lang } {
  const args: Args = { json: false, lang: 'zh', inputs: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') return { help: true };
    if (a === '--version' || a === '-v') return { version: true };
    if (a === '--json') args.json = true;
    else if (a === '--lang' || a.startsWith('--lang=')) {
      const v = a.includes('=') ? a.slice(7) : argv[++i];
      if (v !== 'zh' && v !== 'en') return { error: cliText('badLang', args.lang), lang: args.lang };
      args.lang = v;
    } else if (a === '--') {
      args.inputs.push(...argv.slice(i + 1));
      break;
    }
    else if (a.startsWith('-') && a !== '-') return { error: format(cliText('badOption', args.lang), { option: a }), lang: args.lang };
    else args.inputs.push(a);
  }
  if (args.inputs.length === 0) return { error: cliText('noInput', args.lang), lang: args.lang };
  return args;
}

/** The heavy steps, loaded together and once. */
async function loadPipeline() {
  const [{ openDocument }, { audit }, { formatText }, { previousYearOf }, { withPrevious }] = await Promise.all([
    import('../sources/read-document'), import('../audit'), import('./format-text'),
    import('../years/pairing'), import('../years/with-previous'),
  ]);
  return { openDocument, audit, formatText, previousYearOf, withPrevious };
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
  const { openDocument, audit, formatText, previousYearOf, withPrevious } = await loadPipeline();
  const audited: { source: string; model: ReportModel; result: AuditResult }[] = [];
  let failed = false;
  for (const input of args.inputs) {
    let source: ReportSource<unknown>;
    let notice: Text | null;
    try {
      const { bytes, contentType, url } = await fetchInput(input, args.lang);
      ({ source, notice } = await openDocument(bytes, contentType, url));
    } catch (e) {
      failed = true;
      const reason = e instanceof InputError ? e.message : e instanceof UnreadableDocument ? e.text[args.lang]
        : e instanceof Error ? e.message : String(e);
      io.err(`xxgk-audit: ${format(cliText('unreadable', args.lang), { input, reason })}`);
      continue;
    }
    // A scanned PDF is read, but holds no text to check: said on standard error beside its result.
    if (notice) io.err(`xxgk-audit: ${format(cliText('notChecked', args.lang), { input, reason: notice[args.lang] })}`);
    const { result, model } = audit(source, { source: input, lang: args.lang, now: io.now });
    audited.push({ source: input, model, result });
  }
  // Reports of one body in consecutive years, among all inputs, are compared once all are read.
  const previous = previousYearOf(audited);
  const results = audited.map((a, i) => {
    const last = previous[i];
    if (!last) return a.result;
    return withPrevious(a, { model: last.model, source: last.source }, { lang: args.lang, now: io.now }).result;
  });
  if (args.json) io.out(JSON.stringify(results, null, 2));
  else for (const r of results) io.out(formatText(r, args.lang) + '\n');
  return failed ? 1 : 0;
}
