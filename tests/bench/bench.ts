// npm run bench: per fixture page, the median time of the engine alone (the DOM already built)
// and of the whole command-line run (read, decode, parse HTML, audit, format), over repeated runs.
// Prints numbers; asserts nothing. Built to dist/cli/bench.mjs with the command line.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { auditPage as audit } from '../../lib/sources/html/page-audit';
import { decodePage } from '../../lib/cli/decode';
import { runCli } from '../../lib/cli/main';

const here = fileURLToPath(new URL('.', import.meta.url));
const PAGES = `${here}../../tests/fixtures/pages/`;
const BIN = `${here}xxgk-audit.mjs`;
const ENGINE_RUNS = Number(process.env.BENCH_RUNS ?? 300);
const CLI_RUNS = Number(process.env.BENCH_CLI_RUNS ?? 30);
const PROCESS_RUNS = Number(process.env.BENCH_PROCESS_RUNS ?? 5);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const quiet = { out: () => {}, err: () => {} };

async function main() {
  const only = process.env.BENCH_ONLY;
  const names = readdirSync(PAGES).filter((f) => f.endsWith('.html') && (!only || f.includes(only))).sort();
  const rows: string[][] = [];
  for (const file of names) {
    const path = `${PAGES}${file}`;
    const doc = new JSDOM(decodePage(readFileSync(path)).text, { url: pathToFileURL(path).href, virtualConsole: new VirtualConsole() }).window.document;
    for (let i = 0; i < 20; i++) audit(doc, { source: file }); // warm up the JIT
    const engine: number[] = [];
    let isReport = false;
    for (let i = 0; i < ENGINE_RUNS; i++) {
      const t0 = performance.now();
      const { result } = audit(doc, { source: file });
      engine.push(performance.now() - t0);
      isReport = result.report.isReport;
    }
    const cli: number[] = [];
    for (let i = 0; i < CLI_RUNS; i++) {
      const t0 = performance.now();
      await runCli(['--json', path], quiet);
      cli.push(performance.now() - t0);
    }
    const proc: number[] = [];
    for (let i = 0; i < PROCESS_RUNS; i++) {
      const t0 = performance.now();
      spawnSync(process.execPath, [BIN, '--json', path], { stdio: 'ignore' });
      proc.push(performance.now() - t0);
    }
    rows.push([
      file.replace(/\.html$/, ''), `${Math.round(statSync(path).size / 1024)} KB`, isReport ? 'report' : 'not a report',
      median(engine).toFixed(3), median(cli).toFixed(1), median(proc).toFixed(0),
    ]);
  }
  const head = ['fixture', 'size', 'kind', 'engine ms', 'cli in-process ms', 'cli process ms'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i >= 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  console.log(`xxgk-audit benchmark — node ${process.version}, medians of ${ENGINE_RUNS} engine runs, ${CLI_RUNS} in-process and ${PROCESS_RUNS} process runs of the command line`);
  console.log(line(head));
  for (const r of rows) console.log(line(r));
}

void main();
