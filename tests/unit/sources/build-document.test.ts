// The command line's document builder against jsdom on every fixture page: the same tree, the same
// grids and lines, and the same audit result finding for finding.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { audit } from '../../../lib/audit';
import { decodePage } from '../../../lib/cli/decode';
import { buildGrid } from '../../../lib/sources/html/grid';
import { linearize } from '../../../lib/sources/html/lines';
import { htmlSource } from '../../../lib/sources/html/source';
import { FIXTURE_NOW } from '../../support/fixtures';
import { gridShape, itemsShape, jsdomDocument, lightDocument, treeShape } from '../../support/two-builders';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const pages = ['pages', 'hostile', 'inputs'].flatMap((dir) =>
  readdirSync(`${FIXTURES}${dir}`).filter((f) => f.endsWith('.html')).sort().map((f) => `${dir}/${f}`),
);

function decoded(page: string): string | null {
  try {
    return decodePage(readFileSync(`${FIXTURES}${page}`)).text;
  } catch {
    return null; // the empty input: the command line never builds a document for it
  }
}

// Only pages the command line would build: an input it refuses to decode never reaches a builder.
const built = pages.map((page) => [page, decoded(page)] as const).filter((p): p is readonly [string, string] => p[1] !== null);

it('builds every fixture page but the undecodable one', () => {
  expect(pages.length - built.length).toBe(1);
});

describe.each(built)('%s built by buildDocument and by jsdom', (page, html) => {
  it('gives the same tree, title, head and body', () => {
    const [ours, theirs] = [lightDocument(html), jsdomDocument(html)];
    expect(treeShape(ours.documentElement)).toEqual(treeShape(theirs.documentElement));
    expect(ours.title).toBe(theirs.title);
    expect(ours.head?.tagName).toBe(theirs.head?.tagName);
    expect(ours.body?.tagName).toBe(theirs.body?.tagName);
    for (const tag of ['table', 'tr', 'td', 'meta', 'h1', 'p', 'o:p', 'title']) {
      expect(Array.from(ours.getElementsByTagName(tag), (e) => e.textContent)).toEqual(Array.from(theirs.getElementsByTagName(tag), (e) => e.textContent));
    }
  });

  it('gives the same grids and lines', () => {
    const [ours, theirs] = [lightDocument(html), jsdomDocument(html)];
    const grids = (doc: Document) => Array.from(doc.getElementsByTagName('table'), (t) => gridShape(buildGrid(t)));
    expect(grids(ours)).toEqual(grids(theirs));
    expect(itemsShape(linearize(ours.body!))).toEqual(itemsShape(linearize(theirs.body!)));
  });

  it('gives the same audit result', () => {
    const run = (doc: Document) => {
      const { timing: _timing, auditedAt: _at, ...rest } = audit(htmlSource(doc), { source: page, now: FIXTURE_NOW }).result;
      return rest;
    };
    expect(run(lightDocument(html))).toEqual(run(jsdomDocument(html)));
  });
});

describe('buildDocument on markup the fixtures lack', () => {
  it.each([
    ['a template keeps its children out of the tree', '<body><template><table><tr><td>1</td></tr></table></template><p>x</p>'],
    ['svg and MathML keep their names as written', '<body><svg viewBox="0 0 1 1"><foreignObject><p>in</p></foreignObject><title>t</title></svg><math><mi>x</mi></math>'],
    ['Word markers, comments, noscript, entities', '<p class=MsoNormal>一<o:p></o:p><!-- c -->二&nbsp;&#x3000;<noscript><b>三</b></noscript></p>'],
    ['the title, whitespace collapsed, the first one only', '<title>\n  2024年 \t 报告 \u3000 </title><title>second</title><body>x'],
    ['no title, a frameset', '<html><frameset><frame src="a.html"></frameset></html>'],
    ['a table in a quirks-mode paragraph', '<p>before<table><tr><td>in</td></tr></table>after'],
    ['a cell cut off inside an attribute', '<table><tr><td colspan="2'],
  ])('%s', (_what, html) => {
    const [ours, theirs] = [lightDocument(html), jsdomDocument(html)];
    expect(treeShape(ours.documentElement)).toEqual(treeShape(theirs.documentElement));
    expect(ours.title).toBe(theirs.title);
    expect(ours.body?.tagName).toBe(theirs.body?.tagName);
    for (const tag of ['table', 'p', 'title', 'o:p', 'td']) expect(ours.getElementsByTagName(tag).length).toBe(theirs.getElementsByTagName(tag).length);
  });
});
