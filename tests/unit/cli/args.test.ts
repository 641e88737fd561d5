// The command line's options as result-format.md lists them: formats exclusive, --jobs a positive
// whole number, --xlsx with its file, usage errors in the language asked for.
import { describe, expect, it } from 'vitest';
import { DEFAULT_JOBS, parseArgs } from '../../../lib/cli/args';

describe('parseArgs', () => {
  it('defaults to text, Chinese, no links, 4 jobs', () => {
    expect(parseArgs(['a.html'])).toEqual({ format: 'text', xlsxFile: null, lang: 'zh', links: false, jobs: DEFAULT_JOBS, inputs: ['a.html'] });
    expect(DEFAULT_JOBS).toBe(4);
  });

  it('reads every option in both spellings', () => {
    expect(parseArgs(['--xlsx', 'out.xlsx', '--lang', 'en', '--links', '--jobs', '7', 'list.html', 'dir'])).toEqual({
      format: 'xlsx', xlsxFile: 'out.xlsx', lang: 'en', links: true, jobs: 7, inputs: ['list.html', 'dir'],
    });
    expect(parseArgs(['--csv', '--jobs=2', '--lang=en', 'a'])).toMatchObject({ format: 'csv', jobs: 2, lang: 'en' });
    expect(parseArgs(['--xlsx=b.xlsx', 'a'])).toMatchObject({ format: 'xlsx', xlsxFile: 'b.xlsx' });
    expect(parseArgs(['--json', '--', '--odd-name.html'])).toMatchObject({ format: 'json', inputs: ['--odd-name.html'] });
  });

  it.each([['0'], ['-1'], ['1.5'], ['four'], ['']])('refuses --jobs %j', (n) => {
    expect(parseArgs(['--jobs', n, 'a.html'])).toEqual({ error: '--jobs 须为正整数', lang: 'zh' });
  });

  it('refuses --jobs without a value', () => {
    expect(parseArgs(['a.html', '--jobs'])).toMatchObject({ error: '--jobs 须为正整数' });
  });

  it.each([[['--json', '--csv']], [['--csv', '--xlsx', 'x.xlsx']], [['--json', '--xlsx=x.xlsx']]])('refuses two formats %j', (opts) => {
    expect(parseArgs([...opts, 'a.html'])).toMatchObject({ error: '--json、--csv 和 --xlsx 只能选一个' });
  });

  it('refuses --xlsx without a file, in the language asked for wherever --lang stands', () => {
    expect(parseArgs(['a.html', '--xlsx'])).toMatchObject({ error: '--xlsx 须给出要写出的文件名' });
    expect(parseArgs(['--xlsx', '--json', 'a.html', '--lang', 'en'])).toEqual({ error: '--xlsx takes the name of the file to write', lang: 'en' });
  });
});
