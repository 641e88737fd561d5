// Loads fixture pages the way the command line does (declared charset, jsdom) for the tests.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { decodePage } from '../../lib/cli/decode';

export const PAGES_DIR = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));
/** "Today" for every fixture test, so date rules are stable. */
export const FIXTURE_NOW = new Date('2026-11-23T08:00:00Z');

export interface ExpectedFinding {
  rule: string;
  severity: string;
  status: string;
  section: string | null;
  table: string | null;
  block: string | null;
  row: string | null;
  column: string | null;
}

export interface Expected {
  description: string;
  charset?: string;
  report: Record<string, unknown>;
  findings: ExpectedFinding[];
}

export function fixtureNames(): string[] {
  return readdirSync(PAGES_DIR).filter((f) => f.endsWith('.html')).map((f) => f.replace(/\.html$/, '')).sort();
}

export function loadExpected(name: string): Expected {
  return JSON.parse(readFileSync(`${PAGES_DIR}${name}.expected.json`, 'utf8')) as Expected;
}

export function loadDocument(name: string): Document {
  return documentFromHtml(readFileSync(`${PAGES_DIR}${name}.html`), pathToFileURL(`${PAGES_DIR}${name}.html`).href);
}

export function documentFromHtml(html: string | Uint8Array, url = 'https://www.example.gov.cn/xxgk/report.html'): Document {
  const text = typeof html === 'string' ? html : decodePage(html).text;
  return new JSDOM(text, { url, virtualConsole: new VirtualConsole() }).window.document;
}

/** A finding reduced to the keys a fixture states, as one comparable string. */
export function findingKey(f: ExpectedFinding): string {
  return [f.rule, f.severity, f.status, f.section, f.table, f.block, f.row, f.column].map((v) => v ?? '-').join(' | ');
}
