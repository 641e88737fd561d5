// Draws the extension's icons: a white report page with a table and a check mark, on government
// red. The SVG is rendered by headless Chromium (playwright-core) at each size the manifest names,
// with the table's lines left out at 16 and 32 px, where they would blur into grey.
//   node tests/tools/make-icons.mjs   → public/icon/{16,32,48,128}.png
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = join(ROOT, 'public/icon');
const SIZES = [16, 32, 48, 128];
const RED = '#b71c1c';

/** On a 128 grid: the red tile, the page with a folded corner, the table (large sizes), the check. */
function svg(size) {
  const detailed = size >= 48;
  const table = detailed
    ? `<g stroke="${RED}" stroke-opacity="0.45" stroke-width="4" fill="none">
         <rect x="38" y="44" width="46" height="40" />
         <line x1="38" y1="57" x2="84" y2="57" /><line x1="38" y1="70" x2="84" y2="70" />
         <line x1="56" y1="44" x2="56" y2="84" />
       </g>`
    : '';
  // Thicker strokes where each pixel counts.
  const check = detailed ? 12 : 16;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 128 128">
    <rect x="4" y="4" width="120" height="120" rx="24" fill="${RED}" />
    <path d="M30 18 H78 L98 38 V110 H30 Z" fill="#fff" />
    <path d="M78 18 V38 H98 Z" fill="#f3c5c5" />
    ${table}
    <path d="M${detailed ? 54 : 44} ${detailed ? 92 : 72} L${detailed ? 68 : 60} ${detailed ? 104 : 90} L${detailed ? 110 : 104} ${detailed ? 62 : 46}"
      fill="none" stroke="#0d47a1" stroke-width="${check}" stroke-linecap="round" stroke-linejoin="round" />
  </svg>`;
}

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  mkdirSync(OUT, { recursive: true });
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}</style>${svg(size)}`);
    await page.locator('svg').screenshot({ path: join(OUT, `${size}.png`), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`wrote ${SIZES.map((s) => `public/icon/${s}.png`).join(', ')}`);
