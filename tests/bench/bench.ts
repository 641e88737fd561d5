// npm run bench: per fixture page, the median time of our document build, of the engine alone (the
// document already built), of the whole in-process pipeline (bytes → decode → build → findings) and,
// for comparison, of jsdom's build (what the command line used before); then the command line's
// wall time as a spawned process: start-up, one page, every fixture in one call.
// Prints numbers; asserts nothing. Built to dist/cli/bench.mjs with the command line.
import { readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { auditPage as audit } from '../../lib/sources/html/page-audit';
import { decodePage } from '../../lib/cli/decode';
import { buildDocument } from '../../lib/sources/html/build-document';
import { audit as auditSource } from '../../lib/audit';
import { pdfSource } from '../../lib/sources/pdf/source';

const here = fileURLToPath(new URL('.', import.meta.url));
const PAGES = `${here}../../tests/fixtures/pages/`;
const EMPTY = `${here}../../tests/fixtures/inputs/empty.html`;
const BIN = `${here}xxgk-audit.mjs`;
const PDFS = `${here}../../tests/fixtures/pdf/`;
const RUNS = Number(process.env.BENCH_RUNS ?? 100);
const PDF_RUNS = Number(process.env.BENCH_PDF_RUNS ?? 10);
const JSDOM_RUNS = Number(process.env.BENCH_JSDOM_RUNS ?? 10);
const PROCESS_RUNS = Number(process.env.BENCH_PROCESS_RUNS ?? 7);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The median time of `runs` calls of `f` on a fresh `setup()` each (not timed), after a few to warm up the JIT. */
function timed<T>(runs: number, f: (input: T) => void, setup: () => T = () => undefined as T): number {
  for (let i = 0; i < Math.min(5, runs); i++) f(setup());
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const input = setup();
    const t0 = performance.now();
    f(input);
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

function spawned(args: string[]): number {
  const ms: number[] = [];
  for (let i = 0; i < PROCESS_RUNS; i++) {
    const t0 = performance.now();
    spawnSync(process.execPath, args, { stdio: 'ignore' });
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

function table(head: string[], rows: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i >= 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  console.log(line(head));
  for (const r of rows) console.log(line(r));
}

function main() {
  const only = process.env.BENCH_ONLY;
  const names = readdirSync(PAGES).filter((f) => f.endsWith('.html') && (!only || f.includes(only))).sort();
  console.log(`xxgk-audit benchmark — node ${process.version}, medians of ${RUNS} runs (jsdom: ${JSDOM_RUNS}, processes: ${PROCESS_RUNS})`);
  const rows: string[][] = [];
  for (const file of names) {
    const path = `${PAGES}${file}`;
    const bytes = new Uint8Array(readFileSync(path));
    const text = decodePage(bytes).text;
    const build = timed(RUNS, () => buildDocument(text));
    // A fresh document per run: the tree caches what the engine asks (textContent, tag lists).
    const engine = timed(RUNS, (doc) => audit(doc, { source: file }), () => buildDocument(text) as unknown as Document);
    const whole = timed(RUNS, () => audit(buildDocument(decodePage(bytes).text) as unknown as Document, { source: file }));
    const url = pathToFileURL(path).href;
    const jsdom = timed(JSDOM_RUNS, () => new JSDOM(text, { url, virtualConsole: new VirtualConsole() }));
    rows.push([
      file.replace(/\.html$/, ''), `${Math.round(bytes.length / 1024)} KB`,
      build.toFixed(2), engine.toFixed(2), whole.toFixed(2), (whole / engine).toFixed(2), jsdom.toFixed(1),
    ]);
  }
  table(['fixture', 'size', 'build ms', 'engine ms', 'whole ms', 'whole/engine', 'jsdom build ms'], rows);
  console.log('');
  const largest = names.map((f) => `${PAGES}${f}`).sort((a, b) => readFileSync(b).length - readFileSync(a).length)[0]!;
  table(['command line (spawned process)', '', 'wall ms'], [
    ['node -e 0 (the bare runtime)', '', spawned(['-e', '0']).toFixed(0)],
    ['--help', '', spawned([BIN, '--help']).toFixed(0)],
    ['start-up with the pipeline loaded (an empty file)', '', spawned([BIN, EMPTY]).toFixed(0)],
    [`one page (${largest.replace(/^.*\//, '')})`, '', spawned([BIN, '--json', largest]).toFixed(0)],
    [`all ${names.length} fixture pages in one call`, '', spawned([BIN, '--json', ...names.map((f) => `${PAGES}${f}`)]).toFixed(0)],
  ]);
}

/** The largest PDF fixture with a text layer: pdf.js's first load, the source's build (pdf.js reading
 *  the file, lines and tables rebuilt) and the engine on the built source. */
async function pdfBench() {
  const files = readdirSync(PDFS).filter((f) => f.endsWith('.pdf') && !f.includes('encrypted') && !f.startsWith('scan'));
  const file = files.sort((a, b) => readFileSync(`${PDFS}${b}`).length - readFileSync(`${PDFS}${a}`).length)[0]!;
  const bytes = new Uint8Array(readFileSync(`${PDFS}${file}`));
  let t0 = performance.now();
  const source = await pdfSource(bytes);
  const first = performance.now() - t0;
  const builds: number[] = [];
  for (let i = 0; i < PDF_RUNS; i++) {
    t0 = performance.now();
    await pdfSource(bytes);
    builds.push(performance.now() - t0);
  }
  const engine = timed(RUNS, () => auditSource(source, { source: file }));
  console.log('');
  table(['pdf fixture', 'size', 'first build ms', 'source build ms', 'engine ms'], [[
    file.replace(/\.pdf$/, ''), `${Math.round(bytes.length / 1024)} KB`, first.toFixed(1), median(builds).toFixed(1), engine.toFixed(2),
  ]]);
}

main();
await pdfBench();
