// Property test: random and broken tables (random rowspan/colspan, missing end tags, stray text and
// blocks inside <table>, nested tables, a page cut off anywhere) come out of buildDocument as a
// browser builds them: the same grids, lines and tree as jsdom gives.
//
// jsdom 29 misplaces foster-parented text: for `<td><table>stray</table>` it appends "stray" after
// the inner table (a browser, and parse5's own tree, put it before), unless a text node already
// precedes that table. So jsdom is given the page as parse5's reference tree serialises it: well-formed
// markup that needs no fostering, parsed by jsdom into the browser's tree.
import fc from 'fast-check';
import { parse, serialize } from 'parse5';
import { describe, expect, it } from 'vitest';
import { buildGrid } from '../../../lib/sources/html/grid';
import { linearize } from '../../../lib/sources/html/lines';
import { gridShape, itemsShape, jsdomDocument, lightDocument, treeShape } from '../../support/two-builders';

const text = fc
  .array(fc.constantFrom('本年新收', '行政复议', '12', '0', ' ', '\n', '&nbsp;', '&amp;', '&#x3000;', '<br>', '<o:p></o:p>', '<!-- c -->', '　', '<', '合计'), {
    maxLength: 4,
  })
  .map((parts) => parts.join(''));

const span = fc.option(fc.constantFrom('0', '1', '2', '3', '-1', 'x', ' 2 ', '1000'), { nil: undefined });

// A table as markup, with end tags that may be missing and junk where the parser must move it.
const table: fc.Memo<string> = fc.memo((depth) =>
  fc
    .record({
      section: fc.constantFrom('', '<tbody>', '<thead>', '<tfoot>'),
      stray: fc.constantFrom('', 'stray text', '<p>lost</p>', '<div>行政诉讼</div>', '<span>x</span>'),
      rows: fc.array(
        fc.record({
          closeRow: fc.boolean(),
          cells: fc.array(
            fc.record({
              tag: fc.constantFrom('td', 'th'),
              rowspan: span,
              colspan: span,
              text,
              close: fc.boolean(),
              nested: depth > 1 ? fc.option(table(depth - 1), { freq: 12, nil: undefined }) : fc.constant(undefined),
            }),
            { maxLength: 5 },
          ),
        }),
        { maxLength: 6 },
      ),
    })
    .map(({ section, stray, rows }) => {
      const body = rows
        .map(({ closeRow, cells }) => {
          const tds = cells.map((c) => {
            const attrs = `${c.rowspan === undefined ? '' : ` rowspan="${c.rowspan}"`}${c.colspan === undefined ? '' : ` colspan="${c.colspan}"`}`;
            return `<${c.tag}${attrs}>${c.text}${c.nested ?? ''}${c.close ? `</${c.tag}>` : ''}`;
          });
          return `<tr>${tds.join('')}${closeRow ? '</tr>' : ''}`;
        })
        .join('\n');
      return `<table border="1">${stray}${section}${body}</table>`;
    }),
);

const page = fc
  .record({ tables: fc.array(fc.oneof(table(2), text.map((t) => `<p>${t}</p>`)), { minLength: 1, maxLength: 4 }), cut: fc.double({ min: 0, max: 1 }) })
  .map(({ tables, cut }) => {
    const html = `<!doctype html><html><head><title>报告</title></head><body>${tables.join('\n')}</body></html>`;
    return html.slice(0, Math.max(1, Math.floor(html.length * (cut < 0.5 ? 1 : cut))));
  });

describe('buildDocument on random and broken tables', () => {
  it('gives the grids and lines jsdom gives', () => {
    fc.assert(
      fc.property(page, (html) => {
        const [ours, theirs] = [lightDocument(html), jsdomDocument(serialize(parse(html, { scriptingEnabled: false })))];
        const grids = (doc: Document) => Array.from(doc.getElementsByTagName('table'), (t) => gridShape(buildGrid(t)));
        expect(grids(ours)).toEqual(grids(theirs));
        expect(itemsShape(linearize(ours.body!))).toEqual(itemsShape(linearize(theirs.body!)));
        expect(treeShape(ours.documentElement)).toEqual(treeShape(theirs.documentElement));
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
