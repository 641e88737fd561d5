// Makes the Word fixtures: every fixture page (tests/fixtures/pages/NAME.html) saved as .docx by
// LibreOffice Writer, as a portal's editor would save a page it has open, into
// tests/fixtures/docx/NAME.docx. A fixture's expected findings are the page's: its
// NAME.expected.json is written from the page's when it does not exist yet (a difference found on
// a new rendering is then stated there by hand); an existing one is left as it is.
// The tests read the committed files and never need an office suite.
//   node tests/tools/make-docx-fixtures.mjs [NAME…]   (needs soffice; Debian: libreoffice-writer-nogui)
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const PAGES = join(ROOT, 'tests/fixtures/pages');
const OUT = join(ROOT, 'tests/fixtures/docx');

const names = process.argv.slice(2).length > 0
  ? process.argv.slice(2)
  : readdirSync(PAGES).filter((f) => f.endsWith('.html')).map((f) => f.slice(0, -'.html'.length)).sort();
mkdirSync(OUT, { recursive: true });
// A profile of its own, so a running office suite or a read-only HOME does not interfere.
const work = mkdtempSync(join(tmpdir(), 'docx-fixtures-'));
try {
  for (const name of names) copyFileSync(join(PAGES, `${name}.html`), join(work, `${name}.html`));
  const run = spawnSync('soffice', [
    '--headless', '--norestore', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', OUT,
    ...names.map((n) => join(work, `${n}.html`)),
  ], { env: { ...process.env, HOME: work }, stdio: ['ignore', 'inherit', 'inherit'] });
  if (run.error) throw run.error;
  if (run.status !== 0) throw new Error(`soffice exited with ${run.status}`);
  for (const name of names) {
    if (!existsSync(join(OUT, `${name}.docx`))) throw new Error(`soffice wrote no ${name}.docx`);
    const expectedFile = join(OUT, `${name}.expected.json`);
    if (existsSync(expectedFile)) continue;
    const page = JSON.parse(readFileSync(join(PAGES, `${name}.expected.json`), 'utf8'));
    const { charset: _charset, ...rest } = page;
    const expected = { ...rest, description: `LibreOffice Writer's .docx of pages/${name}.html (tests/tools/make-docx-fixtures.mjs). The page: ${page.description}` };
    writeFileSync(expectedFile, `${JSON.stringify(expected, null, 2)}\n`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
