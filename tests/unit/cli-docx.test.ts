// The command line on Word files: a .docx is audited as its page is; old binary Word and WPS
// files and damaged files are named on standard error and the other inputs still audited.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../lib/cli/main';
import { AuditResultSchema } from '../../lib/result/schema';
import { FIXTURE_NOW, PAGES_DIR, findingKey } from '../support/fixtures';

const DOCX_DIR = fileURLToPath(new URL('../fixtures/docx/', import.meta.url));

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t), now: FIXTURE_NOW });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('xxgk-audit on .docx files', () => {
  it('prints the result of a .docx as of its page', async () => {
    const name = 'defect-arith-2021';
    const [word, page] = await Promise.all([run([`${DOCX_DIR}${name}.docx`, '--json']), run([`${PAGES_DIR}${name}.html`, '--json'])]);
    expect(word.code).toBe(0);
    expect(word.err).toBe('');
    const [fromWord] = (JSON.parse(word.out) as unknown[]).map((r) => AuditResultSchema.parse(r));
    const [fromPage] = (JSON.parse(page.out) as unknown[]).map((r) => AuditResultSchema.parse(r));
    expect(fromWord!.source).toBe(`${DOCX_DIR}${name}.docx`);
    expect(fromWord!.report).toEqual(fromPage!.report);
    expect(fromWord!.findings.map(findingKey).sort()).toEqual(fromPage!.findings.map(findingKey).sort());
    expect(fromWord!.findings.length).toBeGreaterThan(0);
  });

  it('names an unsupported or damaged file and its reason, and audits the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-docx-'));
    const doc = join(dir, '年报.doc');
    writeFileSync(doc, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const cut = join(dir, 'cut.docx');
    const whole = readFileSync(`${DOCX_DIR}clean-2021-city-bureau.docx`);
    writeFileSync(cut, whole.subarray(0, whole.length - 200));
    const { code, out, err } = await run(['--json', doc, cut, `${DOCX_DIR}clean-2019-county-gov.docx`]);
    expect(code).toBe(1);
    expect(err.split('\n')).toEqual([
      `xxgk-audit: 无法读取 ${doc}：.doc（Word 97-2003 二进制格式）暂不支持，请另存为 .docx 或 PDF`,
      `xxgk-audit: 无法读取 ${cut}：.docx 文件已损坏或不完整，无法读取`,
    ]);
    const [docEntry, cutEntry, good] = JSON.parse(out) as unknown[];
    expect(docEntry).toEqual({ source: doc, error: { code: 'unsupported', message: '.doc（Word 97-2003 二进制格式）暂不支持，请另存为 .docx 或 PDF' } });
    expect(cutEntry).toEqual({ source: cut, error: { code: 'unsupported', message: '.docx 文件已损坏或不完整，无法读取' } });
    const r = AuditResultSchema.parse(good);
    expect([r.report.year, r.report.template, r.summary]).toEqual([2020, '2019', { error: 0, warning: 0, info: 0 }]);
  });

  it('says so in English with --lang en', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-docx-'));
    const pdf = join(dir, 'report.pdf');
    writeFileSync(pdf, '%PDF-1.7\n');
    const { code, err } = await run(['--lang', 'en', pdf]);
    expect(code).toBe(1);
    expect(err).toBe(`xxgk-audit: cannot read ${pdf}: the PDF is incomplete (truncated)`);
  });
});
