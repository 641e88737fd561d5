// The command line as result-format.md specifies it: inputs, encodings, URLs, outputs, exit statuses.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../lib/cli/main';
import type { ErrorEntry } from '../../lib/export/batch-entry';
import { BatchEntrySchema } from '../../lib/export/batch-entry-schema';
import type { AuditResult } from '../../lib/result/schema';
import { AuditResultSchema } from '../../lib/result/schema';
import { RULES } from '../../lib/rules';
import { FIXTURE_NOW, PAGES_DIR } from '../support/fixtures';

const INPUTS = fileURLToPath(new URL('../fixtures/inputs/', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t), now: FIXTURE_NOW });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('xxgk-audit --json', () => {
  it('prints one schema-valid result per input, in the order given', async () => {
    const files = ['seed-002-huzhu-2024', 'not-report-news', 'seed-000-huzhu-2021'].map((n) => `${PAGES_DIR}${n}.html`);
    const { code, out, err } = await run(['--json', ...files]);
    expect(code).toBe(0);
    expect(err).toBe('');
    const results = JSON.parse(out) as unknown[];
    expect(results).toHaveLength(3);
    results.forEach((r, i) => {
      const parsed = AuditResultSchema.parse(r);
      expect(parsed.source).toBe(files[i]);
    });
    const [seed2, news] = results.map((r) => AuditResultSchema.parse(r));
    expect(seed2!.report.year).toBe(2024);
    expect(news!.report.isReport).toBe(false);
    expect(news!.findings).toEqual([]);
    for (const f of seed2!.findings) {
      for (const key of ['rule', 'severity', 'status', 'section', 'table', 'block', 'row', 'column', 'expected', 'actual', 'message', 'cells']) {
        expect(Object.hasOwn(f, key)).toBe(true);
      }
    }
  });

  it('reads GBK and GB18030 pages by their declared charset', async () => {
    const { code, out } = await run(['--json', `${PAGES_DIR}seed-001-wuzhong-2020.html`, `${INPUTS}clean-2021-gb18030.html`]);
    expect(code).toBe(0);
    const [gbk, gb18030] = (JSON.parse(out) as unknown[]).map((r) => AuditResultSchema.parse(r));
    expect(gbk!.report.agency).toBe('吴忠市教育局');
    expect(gb18030!.report.title).toBe('宁安市生态环境局2023年政府信息公开工作年度报告');
    expect(gb18030!.summary).toEqual({ error: 0, warning: 0, info: 0 });
  });

  it('writes English messages with --lang en', async () => {
    const { out } = await run(['--json', '--lang', 'en', `${PAGES_DIR}seed-001-wuzhong-2020.html`]);
    const [r] = (JSON.parse(out) as unknown[]).map((x) => AuditResultSchema.parse(x));
    const block = r!.findings.find((f) => f.rule === 'cell-empty-block')!;
    expect(block.message).toMatch(/all 5 cells are blank/);
  });
});

describe('xxgk-audit text output', () => {
  it('prints the summary line and one line per finding', async () => {
    const { code, out } = await run([`${PAGES_DIR}seed-002-huzhu-2024.html`]);
    expect(code).toBe(0);
    expect(out).toContain('2024年度互助县教育局信息公开工作报告');
    expect(out).toContain('错误 1 · 警告 7 · 提示 0');
    expect(out.split('\n').filter((l) => /^ {2}[✖▲·] /.test(l))).toHaveLength(8);
  });

  it('says plainly that a page is not a report', async () => {
    const { out } = await run([`${PAGES_DIR}not-report-list.html`]);
    expect(out).toContain('不是政府信息公开工作年度报告');
  });

  it('says what ran when nothing is wrong', async () => {
    const { out } = await run(['--lang', 'en', `${PAGES_DIR}clean-2021-city-bureau.html`]);
    // Every rule of the catalog applies to a current report (report-old-format too: it checks the
    // year), except the across-years rules: one input has no last year's report.
    const ran = RULES.filter((r) => !r.meta.requires?.includes('previous')).length;
    expect(ran).toBe(RULES.length - 4);
    expect(out).toMatch(new RegExp(`no findings \\(${ran} rules ran, \\d+ items checked\\)`));
  });
});

describe('bad inputs', () => {
  it('names each unreadable input on stderr, lists it as an error entry in place and exits 1', async () => {
    const files = [`${INPUTS}missing.html`, `${INPUTS}binary.png`, `${INPUTS}empty.html`, `${PAGES_DIR}seed-003-aheqi-2021.html`];
    const { code, out, err } = await run(['--json', ...files]);
    expect(code).toBe(1);
    expect(err).toContain(`无法读取 ${INPUTS}missing.html：文件不存在`);
    expect(err).toContain(`无法读取 ${INPUTS}binary.png：不是文本网页（二进制文件）`);
    expect(err).toContain(`无法读取 ${INPUTS}empty.html：文件为空`);
    const entries = BatchEntrySchema.array().parse(JSON.parse(out));
    expect(entries.map((e) => e.source)).toEqual(files);
    expect(entries.slice(0, 3)).toEqual([
      { source: files[0], error: { code: 'not-found', message: '文件不存在' } },
      { source: files[1], error: { code: 'binary', message: '不是文本网页（二进制文件）' } },
      { source: files[2], error: { code: 'empty', message: '文件为空' } },
    ]);
    expect(AuditResultSchema.parse(entries[3]).report.year).toBe(2021);
  });

  it('audits a page whose table is cut off and reports what is missing', async () => {
    const { code, out } = await run(['--json', `${INPUTS}broken-table.html`]);
    expect(code).toBe(0);
    const [r] = (JSON.parse(out) as unknown[]).map((x) => AuditResultSchema.parse(x));
    expect(r!.report.isReport).toBe(true);
    expect(r!.findings.some((f) => f.rule === 'table-missing' && f.table === 'appeals')).toBe(true);
    expect(r!.findings.some((f) => f.rule === 'row-missing' && f.row === 'carried-out')).toBe(true);
  });

  it.each([
    [['--nope', 'x.html'], '未知选项 --nope'],
    [[], '没有给出要审核的文件或网址'],
    [['--lang', 'fr', 'x.html'], '--lang 只能是 zh 或 en'],
  ])('exits 2 on bad usage %j', async (argv, message) => {
    const { code, err } = await run(argv);
    expect(code).toBe(2);
    expect(err).toContain(message);
    expect(err).toContain('用法：xxgk-audit');
  });
});

describe('URLs', () => {
  let base = '';
  const server = createServer((req, res) => {
    if (req.url === '/gbk-report.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=GBK' });
      res.end(readFileSync(`${PAGES_DIR}seed-001-wuzhong-2020.html`));
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('fetches a URL, decodes it by the HTTP charset, and reports a 404 as unreadable', async () => {
    const { code, out, err } = await run(['--json', `${base}/gbk-report.html`, `${base}/gone.html`]);
    expect(code).toBe(1);
    expect(err).toContain(`无法读取 ${base}/gone.html：`);
    const [r, gone] = BatchEntrySchema.array().parse(JSON.parse(out)) as [AuditResult, ErrorEntry];
    expect(gone).toMatchObject({ source: `${base}/gone.html`, error: { code: 'not-found' } });
    expect(r.source).toBe(`${base}/gbk-report.html`);
    expect(r.report.agency).toBe('吴忠市教育局');
  });
});

describe('the built executable', () => {
  it('runs as a bin with the exit statuses of the spec', () => {
    execFileSync('npm', ['run', '--silent', 'build:cli'], { cwd: ROOT, stdio: 'ignore' });
    const bin = `${ROOT}dist/cli/xxgk-audit.mjs`;
    const ok = spawnSync('node', [bin, '--json', `${PAGES_DIR}seed-004-zhengxian-2021.html`], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(AuditResultSchema.array().parse(JSON.parse(ok.stdout))).toHaveLength(1);
    expect(spawnSync('node', [bin, `${INPUTS}empty.html`]).status).toBe(1);
    expect(spawnSync('node', [bin, '--bogus']).status).toBe(2);
    // Start-up stays light: what the executable imports before it reads an input (its static
    // imports, followed through the build's chunks) holds neither zod nor the workbook library.
    const loaded = new Set<string>();
    const follow = (file: string) => {
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/^import\s[^;]*?from\s*"([^"]+)"/gm)) {
        if (!spec!.startsWith('.')) loaded.add(spec!);
        else follow(fileURLToPath(new URL(spec!, pathToFileURL(file))));
      }
    };
    follow(bin);
    expect(loaded).toContain('node:fs/promises');
    expect([...loaded].filter((m) => m === 'zod' || m === 'exceljs')).toEqual([]);
    // The build runs inside the test: give it a build's time, not the 5 s meant for a unit check.
  }, 120_000);
});
