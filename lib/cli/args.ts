// The command line's arguments: xxgk-audit [--json | --csv | --xlsx FILE] [--lang zh|en] [--links]
// [--jobs N] FILE_OR_URL_OR_DIR...
import { format } from '../i18n/lang';
import type { Lang } from '../i18n/lang';
import { cliText } from './messages';

export type OutputFormat = 'text' | 'json' | 'csv' | 'xlsx';

export interface Args {
  format: OutputFormat;
  /** With --xlsx: the workbook's path. */
  xlsxFile: string | null;
  lang: Lang;
  links: boolean;
  jobs: number;
  inputs: string[];
}

export type ParsedArgs = Args | { help: true } | { version: true } | { error: string; lang: Lang };

export const DEFAULT_JOBS = 4;

/** `--name VALUE` or `--name=VALUE`: the value and the index of the last argument read. */
function valueOf(argv: readonly string[], i: number): { value: string | undefined; last: number } {
  const a = argv[i]!;
  const eq = a.indexOf('=');
  return eq >= 0 ? { value: a.slice(eq + 1), last: i } : { value: argv[i + 1], last: i + 1 };
}

function optionName(a: string): string {
  const eq = a.indexOf('=');
  return eq >= 0 ? a.slice(0, eq) : a;
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  // The language comes first so that every usage error is in it, wherever --lang stands.
  const langAt = argv.findIndex((a) => optionName(a) === '--lang');
  const lang: Lang = langAt >= 0 && valueOf(argv, langAt).value === 'en' ? 'en' : 'zh';
  const args: Args = { format: 'text', xlsxFile: null, lang, links: false, jobs: DEFAULT_JOBS, inputs: [] };
  const fail = (key: Parameters<typeof cliText>[0], params: Record<string, string> = {}) => ({ error: format(cliText(key, lang), params), lang });
  const formats = new Set<OutputFormat>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const name = a.startsWith('--') ? optionName(a) : a;
    if (name === '--help' || name === '-h') return { help: true };
    if (name === '--version' || name === '-v') return { version: true };
    if (name === '--json' || name === '--csv') formats.add(name === '--json' ? 'json' : 'csv');
    else if (name === '--links') args.links = true;
    else if (name === '--xlsx') {
      const { value, last } = valueOf(argv, i);
      if (!value || value.startsWith('--')) return fail('badXlsx');
      formats.add('xlsx');
      args.xlsxFile = value;
      i = last;
    } else if (name === '--lang') {
      const { value, last } = valueOf(argv, i);
      if (value !== 'zh' && value !== 'en') return fail('badLang');
      i = last;
    } else if (name === '--jobs') {
      const { value, last } = valueOf(argv, i);
      if (!value || !/^[1-9]\d*$/.test(value)) return fail('badJobs');
      args.jobs = Number(value);
      i = last;
    } else if (a === '--') {
      args.inputs.push(...argv.slice(i + 1));
      break;
    } else if (a.startsWith('-') && a !== '-') return fail('badOption', { option: a });
    else args.inputs.push(a);
  }
  if (formats.size > 1) return fail('manyFormats');
  args.format = [...formats][0] ?? 'text';
  if (args.inputs.length === 0) return fail('noInput');
  return args;
}
