// Makes the PDF fixtures (tests/fixtures/pdf/*.pdf) from the fixture pages the ways portals make
// them: a browser's print to PDF (headless Chromium) and a word processor's export (LibreOffice,
// once with the tables' borders taken away),
// a scan (a page rasterised by pdftoppm, wrapped back into a PDF with no text), an encrypted
// export (LibreOffice with an open password), and a page whose table is a picture. Each file is
// rewritten by pdf-lib with object streams, which keeps Chromium's Type 3 CJK fonts small. Needs
// chromium, soffice and pdftoppm.
// Usage: node tests/tools/make-pdf-fixtures.mjs [NAME…]   (NAME: one of the files below; all when none)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PDFDocument } from 'pdf-lib';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PAGES = join(root, 'tests/fixtures/pages');
const OUT = join(root, 'tests/fixtures/pdf');
const work = mkdtempSync(join(tmpdir(), 'pdf-fixtures-'));
const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, HOME: work } });

/** Chromium's print of the page (Letter, no header or footer lines). */
function chromium(page, out) {
  run('chromium', ['--headless', '--no-sandbox', '--no-pdf-header-footer', `--print-to-pdf=${out}`, pathToFileURL(join(PAGES, `${page}.html`)).href]);
}

/** LibreOffice's export of the page (its HTML import, then Writer's PDF export). */
function libreoffice(page, out, filter = 'pdf') {
  const dir = mkdtempSync(join(work, 'lo-'));
  run('soffice', ['--headless', '--convert-to', filter, '--outdir', dir, join(PAGES, `${page}.html`)]);
  const made = readdirSync(dir).find((f) => f.endsWith('.pdf'));
  writeFileSync(out, readFileSync(join(dir, made)));
}

/** LibreOffice's export of the page with its tables' borders taken away (a word processor's
 *  table drawn without lines): no border by CSS, and none by the tables' border attribute, which
 *  LibreOffice's HTML import draws whatever the CSS says. */
function borderless(page, out) {
  const dir = mkdtempSync(join(work, 'borderless-'));
  const html = readFileSync(join(PAGES, `${page}.html`), 'utf8').replace(/<table([^>]*) border="\d+"/g, '<table$1 border="0"')
    .replace('</head>', '<style>table, tr, td, th { border: none !important; }</style></head>');
  writeFileSync(join(dir, `${page}.html`), html);
  run('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, `${page}.html`)]);
  writeFileSync(out, readFileSync(join(dir, `${page}.pdf`)));
}

/** The page whose requests table is published as a picture, its picture (missing from the fixture)
 *  made from the requests table's page of another export, then exported by LibreOffice. */
function tableImage(page, picturedPdf, out) {
  const dir = mkdtempSync(join(work, 'img-'));
  run('pdftoppm', ['-f', '4', '-l', '4', '-r', '50', '-gray', '-png', '-singlefile', picturedPdf, join(dir, 'table')]);
  const html = readFileSync(join(PAGES, `${page}.html`), 'utf8').replace(/<img src="[^"]*"/, '<img src="table.png"');
  writeFileSync(join(dir, `${page}.html`), html);
  run('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, `${page}.html`)]);
  writeFileSync(out, readFileSync(join(dir, `${page}.pdf`)));
}

/** Rewritten with object streams; the info dictionary is kept as the producer wrote it. */
async function squeeze(file) {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  writeFileSync(file, await doc.save({ useObjectStreams: true }));
}

/** A scan: each page of `pdf` rasterised (grey, 60 dpi) and put back as a page that is one image. */
async function scan(pdf, out) {
  const prefix = join(work, 'scan');
  run('pdftoppm', ['-r', '60', '-gray', '-png', '-l', '2', pdf, prefix]);
  const doc = await PDFDocument.create();
  for (const f of readdirSync(work).filter((f) => f.startsWith('scan') && f.endsWith('.png')).sort()) {
    const png = await doc.embedPng(readFileSync(join(work, f)));
    const page = doc.addPage([png.width * 1.2, png.height * 1.2]);
    page.drawImage(png, { x: 0, y: 0, width: png.width * 1.2, height: png.height * 1.2 });
  }
  doc.setTitle('');
  writeFileSync(out, await doc.save({ useObjectStreams: true }));
}

const ENCRYPT = 'pdf:writer_web_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"xxgk"}}';

const made = [
  // LibreOffice's HTML import loses most of these two pages (a fixed-height frame; a table wider
  // than A4 clipped), so they are printed by the browser only.
  ['chromium-clean-2019-county-gov', (o) => chromium('clean-2019-county-gov', o)],
  ['chromium-fullwidth-2020', (o) => chromium('portal-05-fullwidth-units-placeholders-2020', o)],
  ['libreoffice-clean-2021-city-bureau', (o) => libreoffice('clean-2021-city-bureau', o)],
  ['libreoffice-defect-arith-2021', (o) => libreoffice('defect-arith-2021', o)],
  // Its tables without ruling lines: read off where their text stands.
  ['libreoffice-borderless-defect-arith-2021', (o) => borderless('defect-arith-2021', o)],
  ['libreoffice-encrypted', (o) => libreoffice('clean-2021-city-bureau', o, ENCRYPT)],
  // Tables wider than the paper, cut by the page's right edge: the total columns are not printed.
  ['chromium-cut-2019-shanghai', (o) => chromium('portal-01-shanghai-blank-zero-2019', o)],
  // The appeals table's header row cut by the page break, a merged cell's text painted below the cut.
  ['chromium-row-cut-2019-mixed', (o) => chromium('defect-2019-mixed', o)],
];
const wanted = process.argv.slice(2);
const wants = (name) => wanted.length === 0 || wanted.includes(name);
for (const [name, make] of made.filter(([name]) => wants(name))) {
  const out = join(OUT, `${name}.pdf`);
  make(out);
  if (name !== 'libreoffice-encrypted') await squeeze(out);
}
if (wants('scan-clean-2021')) await scan(join(OUT, 'libreoffice-clean-2021-city-bureau.pdf'), join(OUT, 'scan-clean-2021.pdf'));
if (wants('libreoffice-table-image-2023')) {
  const pictured = join(OUT, 'libreoffice-table-image-2023.pdf');
  tableImage('portal-13-requests-table-image-2023', join(OUT, 'libreoffice-clean-2021-city-bureau.pdf'), pictured);
  await squeeze(pictured);
}
rmSync(work, { recursive: true, force: true });
for (const f of readdirSync(OUT).filter((f) => f.endsWith('.pdf')).sort()) console.log(`${f}\t${Math.round(readFileSync(join(OUT, f)).length / 1024)} KB`);
