// placeFlags (components/marks/flag-place): the flags of missing parts go in free space near their
// element, never over a rectangle of text, never over each other, inside the page's width.
import { describe, expect, it } from 'vitest';
import type { Box, FlagRequest } from '../../components/marks/flag-place';
import { placeFlags } from '../../components/marks/flag-place';

const meets = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const bounds = { left: 0, right: 1000, top: 0 };

describe('placeFlags', () => {
  it('puts a flag just above its element when the space there is free', () => {
    const target = { x: 100, y: 200, w: 600, h: 40 };
    const [f] = placeFlags([{ target, placement: 'before', w: 150, h: 18 }], [{ x: 100, y: 205, w: 300, h: 20 }], bounds);
    expect(f!.y + f!.h).toBeLessThanOrEqual(target.y);
    expect(f!.y).toBeGreaterThan(target.y - 30);
    expect(f!.x).toBe(100);
  });

  it('puts a flag after its element below it', () => {
    const target = { x: 100, y: 200, w: 600, h: 40 };
    const [f] = placeFlags([{ target, placement: 'after', w: 150, h: 18 }], [], bounds);
    expect(f!.y).toBeGreaterThanOrEqual(target.y + target.h);
  });

  it('never covers text packed tightly above and around the element: it finds the margin', () => {
    // Lines of a paragraph every 22 px from 0 to 400 over x 100..700, the element a heading inside them.
    const text: Box[] = [];
    for (let y = 0; y < 400; y += 22) text.push({ x: 100, y, w: 600, h: 20 });
    const target = { x: 100, y: 198, w: 600, h: 20 };
    const [f] = placeFlags([{ target, placement: 'before', w: 80, h: 18 }], text, bounds);
    for (const q of text) expect(meets(f!, q), `flag ${JSON.stringify(f)} over ${JSON.stringify(q)}`).toBe(false);
    expect(f!.x + f!.w <= 100 || f!.x >= 700).toBe(true);
    expect(Math.abs(f!.y - target.y)).toBeLessThan(40);
  });

  it('keeps several flags at one place apart from each other', () => {
    const target = { x: 100, y: 300, w: 500, h: 30 };
    const req: FlagRequest = { target, placement: 'before', w: 200, h: 18 };
    const flags = placeFlags([req, req, req], [{ x: 100, y: 300, w: 500, h: 30 }], bounds);
    for (let i = 0; i < flags.length; i++) for (let j = i + 1; j < flags.length; j++) expect(meets(flags[i]!, flags[j]!)).toBe(false);
    for (const f of flags) expect(meets(f, target)).toBe(false);
  });

  it('stays inside the page width and below its top, narrowing a flag wider than the page', () => {
    const target = { x: 0, y: 0, w: 300, h: 30 };
    const [f] = placeFlags([{ target, placement: 'before', w: 2000, h: 18 }], [], { left: 0, right: 320, top: 0 });
    expect(f!.x).toBeGreaterThanOrEqual(0);
    expect(f!.x + f!.w).toBeLessThanOrEqual(320);
    expect(f!.y).toBeGreaterThanOrEqual(0);
  });

  it('when no place near the element is free, moves the flag down past the text it would cover', () => {
    // Text fills the whole width for 2,000 px: nowhere free within reach.
    const text: Box[] = [];
    for (let y = 0; y < 2000; y += 20) text.push({ x: 0, y, w: 1000, h: 20 });
    const [f] = placeFlags([{ target: { x: 50, y: 500, w: 400, h: 20 }, placement: 'before', w: 100, h: 18 }], text, bounds);
    for (const q of text) expect(meets(f!, q)).toBe(false);
    expect(f!.y).toBeGreaterThanOrEqual(2000);
  });
});
