// documentOrder (lib/sources/html/order) sorts nodes exactly as Node.compareDocumentPosition orders them,
// on random trees, with ancestors and descendants, text nodes and repeated nodes mixed in.
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { documentOrder } from '../../lib/sources/html/order';

const { document } = new JSDOM('<!doctype html><body></body>').window;

/** A random tree: node i + 1 hangs under node parents[i] % (i + 1) (under the root when that one
 *  is text); every fourth node is a text node. */
const treeArb = fc.array(fc.nat(), { maxLength: 60 });

function grow(parents: number[]): Node[] {
  const all: Node[] = [document.createElement('table')];
  parents.forEach((p, i) => {
    const chosen = all[p % (i + 1)]!;
    const parent = chosen.nodeType === chosen.TEXT_NODE ? all[0]! : chosen;
    all.push(parent.appendChild(i % 4 === 3 ? document.createTextNode(`t${i}`) : document.createElement(i % 2 ? 'td' : 'tr')));
  });
  return all;
}

const byBrowser = (a: Node, b: Node) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1);

describe('documentOrder', () => {
  it('orders any picked nodes of a tree as compareDocumentPosition does', () => {
    fc.assert(
      fc.property(treeArb, fc.array(fc.nat(), { maxLength: 40 }), (parents, picks) => {
        const all = grow(parents);
        const picked = picks.map((p) => all[p % all.length]!);
        const index = new Map(all.map((n, i) => [n, i]));
        const expected = [...picked].sort(byBrowser).map((n) => index.get(n));
        expect([...picked].sort(documentOrder()).map((n) => index.get(n))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('puts an ancestor before its descendants and is 0 only for the same node', () => {
    const table = document.createElement('table');
    table.innerHTML = '<tbody><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></tbody>';
    const [tbody, tr1, td1, , tr2] = [table.firstChild!, ...table.querySelectorAll('tr, td')].map((n) => n as Node);
    const cmp = documentOrder();
    expect(cmp(tbody!, td1!)).toBeLessThan(0);
    expect(cmp(td1!, tr1!)).toBeGreaterThan(0);
    expect(cmp(td1!, tr2!)).toBeLessThan(0);
    expect(cmp(tr2!, tr2!)).toBe(0);
  });

  it('sorts the rows of a 5,000-row table in document order', () => {
    const tbody = document.createElement('tbody');
    const rows = Array.from({ length: 5000 }, () => tbody.appendChild(document.createElement('tr')));
    const shuffled = rows.map((r, i) => ({ r, k: (i * 7919) % 5000 })).sort((a, b) => a.k - b.k).map((x) => x.r);
    const index = new Map(rows.map((r, i) => [r, i]));
    expect(shuffled.sort(documentOrder()).map((r) => index.get(r))).toEqual(rows.map((_, i) => i));
  });
});
