// xxgk-audit [--json] [--lang zh|en] FILE_OR_URL...
import { audit } from '../audit';
import { htmlSource } from '../sources/html/source';
import { format } from '../i18n/lang';
import type { Lang } from '../i18n/lang';
import type { AuditResult } from '../result/schema';
import { ENGINE_VERSION } from '../version';
import { formatText } from './format-text';
import { cliText } from './messages';
import { InputError, readInput } from './read-input';

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
  const results: AuditResult[] = [];
  let failed = false;
  for (const input of args.inputs) {
    let doc: Document;
    try {
      doc = await readInput(input, args.lang);
    } catch (e) {
      failed = true;
      io.err(`xxgk-audit: ${format(cliText('unreadable', args.lang), { input, reason: e instanceof InputError ? e.message : String(e) })}`);
      continue;
    }
    const { result } = audit(htmlSource(doc), { source: input, lang: args.lang, now: io.now });
    results.push(result);
    if (!args.json) io.out(formatText(result, args.lang) + '\n');
  }
  if (args.json) io.out(JSON.stringify(results, null, 2));
  return failed ? 1 : 0;
}
