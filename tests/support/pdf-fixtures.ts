// The PDF fixtures (tests/fixtures/pdf, made by tests/tools/make-pdf-fixtures.mjs): each NAME.pdf
// with NAME.expected.json, the fixture page's format plus `fromPage`, the page it was made from.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Expected, ExpectedFinding } from './fixtures';

export const PDF_DIR = fileURLToPath(new URL('../fixtures/pdf/', import.meta.url));

export interface PdfExpected extends Expected {
  /** The fixture page (tests/fixtures/pages) it was made from; null for a scan. */
  fromPage: string | null;
  /** The page's findings on what the file does not hold (columns the page's edge cut off). */
  notInFile?: ExpectedFinding[];
}

/** Every PDF fixture that states its findings. */
export function pdfFixtureNames(): string[] {
  return readdirSync(PDF_DIR).filter((f) => f.endsWith('.expected.json')).map((f) => f.replace(/\.expected\.json$/, '')).sort();
}

export function loadPdfExpected(name: string): PdfExpected {
  return JSON.parse(readFileSync(`${PDF_DIR}${name}.expected.json`, 'utf8')) as PdfExpected;
}

export function loadPdf(name: string): Uint8Array {
  return new Uint8Array(readFileSync(`${PDF_DIR}${name}.pdf`));
}

/** Findings read off the tables (the text-* rules compare prose with tables: not table-derived). */
export function isTableDerived(f: ExpectedFinding): boolean {
  return f.table !== null && !f.rule.startsWith('text-');
}
