// How well the command line reads reports published as files. The held-out pages: every report
// page among the fixture pages that no PDF fixture was made from (the PDF reader was not built on
// them) and the cross-year pages (tests/fixtures/years). Each is made into a file by each producer,
// the files are audited by the command line in one call per producer, and each file's
// table-derived findings (a table named, not a text-* rule), year, template and tables are
// compared with the page's own audit. Prints a line per producer and every disagreement.
//   node tests/tools/held-out-agreement.mjs [PRODUCER…]
// Producers: chromium (headless Chromium's print to PDF), libreoffice (Writer's PDF export of the
// page as its HTML import lays it out), libreoffice-docx (Writer's PDF export of the .docx it saved
// of the page: a report written in a word processor and exported), docx (Writer's .docx of the page), word and wps (that .docx written as Word's and WPS's
// PDF export, tests/tools/office-pdf). A producer that fails on a page (LibreOffice hangs on some)
// is counted apart. Needs chromium, soffice and what make-office-pdf-fixtures.mjs needs.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { officePdf } from './make-office-pdf-fixtures.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = join(ROOT, 'tests/fixtures');
const CLI = join(ROOT, 'dist/cli/xxgk-audit.mjs');
const work = mkdtempSync(join(tmpdir(), 'held-out-'));
/** LibreOffice's longest conversion of a page here is a few seconds; one that hangs is stopped. */
const SOFFICE_TIMEOUT = 120_000;

const json = (file) => JSON.parse(readFileSync(file, 'utf8'));
const built = new Set(readdirSync(join(FIXTURES, 'pdf')).filter((f) => f.endsWith('.expected.json'))
  .map((f) => json(join(FIXTURES, 'pdf', f)).fromPage).filter(Boolean));
/** Page name → its HTML file. */
const pageFiles = new Map([
  ...readdirSync(join(FIXTURES, 'pages')).filter((f) => f.endsWith('.expected.json')).map((f) => f.slice(0, -'.expected.json'.length))
    .filter((name) => json(join(FIXTURES, 'pages', `${name}.expected.json`)).report.isReport && !built.has(name))
    .map((name) => [name, join(FIXTURES, 'pages', `${name}.html`)]),
  ...readdirSync(join(FIXTURES, 'years')).filter((f) => f.endsWith('.html')).map((f) => [f.slice(0, -'.html'.length), join(FIXTURES, 'years', f)]),
].sort(([a], [b]) => a.localeCompare(b)));
const pages = [...pageFiles.keys()];

/** LibreOffice's conversion of one page into `dir` (`filter`: pdf or docx), true when it wrote it. */
function soffice(name, filter, dir, input = pageFiles.get(name)) {
  const out = join(work, `lo-${filter}`);
  mkdirSync(out, { recursive: true });
  const profile = `-env:UserInstallation=file://${work}/lo-profile`;
  spawnSync('soffice', [profile, '--headless', '--norestore', '--convert-to', filter === 'docx' ? 'docx:MS Word 2007 XML' : 'pdf', '--outdir', out, input],
    { env: { ...process.env, HOME: work }, stdio: 'ignore', timeout: SOFFICE_TIMEOUT, killSignal: 'SIGKILL' });
  // A conversion stopped by the timeout leaves LibreOffice's own process behind.
  spawnSync('pkill', ['-KILL', '-f', '--', profile], { stdio: 'ignore' });
  const made = join(out, `${name}.${filter}`);
  if (!existsSync(made)) return false;
  renameSync(made, join(dir, `${name}.${filter}`));
  return true;
}

/** Each page's .docx by LibreOffice, made once for the docx, word and wps producers. */
const docxDir = join(work, 'docx-made');
function docxOf(name) {
  mkdirSync(docxDir, { recursive: true });
  const file = join(docxDir, `${name}.docx`);
  if (!existsSync(file) && !soffice(name, 'docx', docxDir)) return null;
  return readFileSync(file);
}

/** Each producer writes a page's file into `dir`; false when it could not. */
const PRODUCERS = {
  chromium: (name, dir) => {
    execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--user-data-dir=${join(work, 'chrome')}`,
      `--print-to-pdf=${join(dir, `${name}.pdf`)}`, pathToFileURL(pageFiles.get(name)).href], { stdio: 'ignore' });
    return true;
  },
  libreoffice: (name, dir) => soffice(name, 'pdf', dir),
  'libreoffice-docx': (name, dir) => docxOf(name) !== null && soffice(name, 'pdf', dir, join(docxDir, `${name}.docx`)),
  docx: (name, dir) => {
    const bytes = docxOf(name);
    if (bytes) writeFileSync(join(dir, `${name}.docx`), bytes);
    return bytes !== null;
  },
  word: async (name, dir) => {
    const bytes = docxOf(name);
    if (bytes) writeFileSync(join(dir, `${name}.pdf`), await officePdf('word', bytes));
    return bytes !== null;
  },
  wps: async (name, dir) => {
    const bytes = docxOf(name);
    if (bytes) writeFileSync(join(dir, `${name}.pdf`), await officePdf('wps', bytes));
    return bytes !== null;
  },
};

/** The command line's results for every file in `dir`, by file name without its extension. */
function audit(dir) {
  const run = spawnSync(process.execPath, [CLI, '--json', dir], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const out = new Map();
  for (const r of JSON.parse(run.stdout)) out.set(r.source.replace(/^.*\//, '').replace(/\.[^.]+$/, ''), r);
  return out;
}

const tableKey = (f) => [f.rule, f.severity, f.section, f.table, f.block, f.row, f.column].join(' ');
const tableKeys = (r) => (r.findings ?? []).filter((f) => f.table !== null && !f.rule.startsWith('text-')).map(tableKey).sort();

/** A file's table-derived findings against its page's. `table-cut` is the file's own (its table
 *  is cut by the page's edge, a real defect of the file), and a finding the page has on a table the
 *  file reports cut is counted apart (the file may not hold its cells). */
function compare(page, file) {
  if (!file?.report) return { missed: tableKeys(page), cut: [], extra: [], other: [`unread: ${file?.error?.message ?? 'no result'}`] };
  const cutTables = new Set(file.findings.filter((f) => f.rule === 'table-cut').map((f) => f.table));
  const want = tableKeys(page);
  const got = tableKeys(file).filter((k) => !k.startsWith('table-cut '));
  const lost = want.filter((k) => !got.includes(k));
  const cut = lost.filter((k) => cutTables.has(k.split(' ')[3]));
  const missed = lost.filter((k) => !cut.includes(k));
  const extra = got.filter((k) => !want.includes(k));
  const other = [];
  for (const key of ['year', 'template']) {
    if (page.report[key] !== file.report[key]) other.push(`${key} ${file.report[key]} (page: ${page.report[key]})`);
  }
  if (page.report.tables.join() !== file.report.tables.join()) other.push(`tables ${file.report.tables} (page: ${page.report.tables})`);
  return { missed, cut, extra, other };
}

const wanted = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(PRODUCERS);
try {
  const pageDir = join(work, 'pages');
  mkdirSync(pageDir);
  for (const name of pages) copyFileSync(pageFiles.get(name), join(pageDir, `${name}.html`));
  const byPage = audit(pageDir);
  const findingsOnPages = pages.reduce((n, p) => n + tableKeys(byPage.get(p)).length, 0);
  console.log(`${pages.length} held-out report pages, ${findingsOnPages} table-derived findings on them`);
  console.log('producer\tfiles made\tfiles agreeing\tfindings found\tmissed\tin cut tables\textra\tyear/template/tables wrong\ttables cut');
  for (const producer of wanted) {
    const dir = join(work, producer);
    mkdirSync(dir);
    const made = [];
    const notes = [];
    for (const name of pages) {
      if (await PRODUCERS[producer](name, dir)) made.push(name);
      else notes.push(`  ${producer} ${name}: the producer did not finish (left out)`);
    }
    const byFile = audit(dir);
    let agree = 0;
    let found = 0;
    let want = 0;
    let missed = 0;
    let inCut = 0;
    let cutFiles = 0;
    let extra = 0;
    let other = 0;
    for (const name of made) {
      const c = compare(byPage.get(name), byFile.get(name));
      want += tableKeys(byPage.get(name)).length;
      found += tableKeys(byPage.get(name)).length - c.missed.length - c.cut.length;
      missed += c.missed.length;
      inCut += c.cut.length;
      if (byFile.get(name)?.findings?.some((f) => f.rule === 'table-cut')) cutFiles++;
      extra += c.extra.length;
      other += c.other.length;
      if (c.missed.length + c.cut.length + c.extra.length + c.other.length === 0) agree++;
      const lines = [...c.missed.map((k) => `missed ${k}`), ...c.cut.map((k) => `not in the file (table cut) ${k}`), ...c.extra.map((k) => `extra ${k}`), ...c.other];
      if (lines.length > 0) notes.push(`  ${producer} ${name}: ${lines.join('; ')}`);
    }
    console.log(`${producer}\t${made.length}/${pages.length}\t${agree}/${made.length}\t${found}/${want}\t${missed}\t${inCut}\t${extra}\t${other}\t${cutFiles}`);
    for (const n of notes) console.log(n);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
