// Makes the Word- and WPS-style PDF fixtures: a Word fixture (tests/fixtures/docx/NAME.docx) laid
// out and written the way Word's "save as PDF" and WPS Office's export write a report
// (tests/tools/office-pdf/write-pdf.mjs says how each does), into tests/fixtures/pdf/word-NAME.pdf
// and wps-NAME.pdf. A fixture's expected findings are the page's: its expected file is written from
// the page's when it does not exist yet (a difference is then stated there by hand) and never
// overwritten. The tests read the committed files.
//   node tests/tools/make-office-pdf-fixtures.mjs [word|wps:NAME…]
// Needs the fonts and pyftsubset (Debian: fonts-droid-fallback, fonts-liberation, fonttools).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocx } from './office-pdf/read-docx.mjs';
import { writeOfficePdf } from './office-pdf/write-pdf.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FONTS = {
  cjk: '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf',
  latin: '/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf',
};

/** The committed office-style fixtures: which page, in which manner, and what it shows. */
const FIXTURES = [
  ['word', 'defect-blanks-2021', 'a 2021-template report with blank cells; the requests table over two pages, its header printed again'],
  ['word', 'portal-01-shanghai-blank-zero-2019', 'a 2019-template report; short header labels spread over their cells'],
  ['word', 'portal-10-town-covid-row-no-s5-2022', 'a 2021-template report; a row label\'s 「、」 hanging past its cell\'s edge'],
  ['wps', 'portal-04-layout-table-wps-font-2021', 'a 2021-template report; three-digit numbers wrapped in the narrow 总计 column'],
  ['wps', 'portal-07-requests-split-three-2023', 'the requests table published in three parts; the third going on over the next page, its merged row labels cut by the break'],
  ['wps', 'seed-001-wuzhong-2020', 'a 2019-template report laid out in text frames, every character its own text object'],
];

const MANNER = { word: 'Word\'s "save as PDF"', wps: 'WPS Office\'s export' };

/** A .docx's bytes written in `manner` as a PDF's bytes. */
export function officePdf(manner, docx) {
  return writeOfficePdf(readDocx(docx), manner, FONTS);
}

async function main() {
  const wanted = process.argv.slice(2);
  for (const [manner, page, shows] of FIXTURES) {
    if (wanted.length > 0 && !wanted.includes(`${manner}:${page}`)) continue;
    const name = `${manner}-${page}`;
    const out = join(ROOT, 'tests/fixtures/pdf', `${name}.pdf`);
    writeFileSync(out, await officePdf(manner, readFileSync(join(ROOT, 'tests/fixtures/docx', `${page}.docx`))));
    console.log(`${name}.pdf\t${Math.round(readFileSync(out).length / 1024)} KB`);
    const expectedFile = join(ROOT, 'tests/fixtures/pdf', `${name}.expected.json`);
    if (existsSync(expectedFile)) continue;
    const docx = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/docx', `${page}.expected.json`), 'utf8'));
    const { description: _d, ...rest } = docx;
    const expected = {
      description: `docx/${page}.docx written as ${MANNER[manner]} writes it (tests/tools/make-office-pdf-fixtures.mjs): ${shows}. Expected: the page's findings.`,
      fromPage: page,
      ...rest,
    };
    writeFileSync(expectedFile, `${JSON.stringify(expected, null, 2)}\n`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
