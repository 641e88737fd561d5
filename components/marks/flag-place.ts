// Where the flags of missing parts go (pure geometry, document coordinates): in free space beside
// or above the element they refer to, never over a rectangle of the page's text, never over
// another flag, inside the page's width (so the page never gains a scroll bar). Flags are few:
// every candidate place is tried against every obstacle.

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface FlagRequest {
  /** The element the flag refers to. */
  target: Box;
  /** The missing part belongs before the element (above it) or after it (below it). */
  placement: 'before' | 'after';
  /** The flag's size. */
  w: number;
  h: number;
}

export interface FlagBounds {
  /** The page's usable width: flags stay within [left, right]. */
  left: number;
  right: number;
  /** Flags stay below this (the top of the document). */
  top: number;
}

/** The gap a flag keeps from text, from its element and from other flags. */
const GAP = 3;
/** How far up and down (in flag heights) a flag may move from its preferred line. */
const ROWS = 24;
/** How far (in flag heights) a candidate place may be from the preferred line; text within ROWS
 *  flag heights is considered, so every candidate is checked against all text it could cover. */
const REACH = ROWS / 2;

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w + GAP && b.x < a.x + a.w + GAP && a.y < b.y + b.h + GAP && b.y < a.y + a.h + GAP;

/** The flags' top-left corners, one per request, in the order given; earlier flags keep their
 *  place and later ones avoid them. A flag wider than the page is narrowed to fit. */
export function placeFlags(requests: readonly FlagRequest[], text: readonly Box[], bounds: FlagBounds): Box[] {
  const placed: Box[] = [];
  for (const r of requests) placed.push(placeOne(r, text, placed, bounds));
  return placed;
}

function placeOne(r: FlagRequest, text: readonly Box[], placed: readonly Box[], bounds: FlagBounds): Box {
  const w = Math.max(1, Math.min(r.w, bounds.right - bounds.left - 2 * GAP));
  const h = r.h;
  const t = r.target;
  // Preferred: just above the element (before it) or just below it (after it), at its left edge.
  const y0 = r.placement === 'before' ? t.y - h - GAP : t.y + t.h + GAP;
  const near = text.filter((q) => q.y < y0 + h + ROWS * h && q.y + q.h > y0 - ROWS * h);
  const blockers = [...near, ...placed];
  const xs = new Set<number>([t.x, t.x + t.w + GAP, t.x - w - GAP, bounds.left + GAP, bounds.right - w - GAP]);
  for (const q of blockers) {
    xs.add(q.x + q.w + GAP + 1);
    xs.add(q.x - w - GAP - 1);
  }
  const ys = new Set<number>([y0, r.placement === 'before' ? t.y : t.y + t.h - h]);
  for (let k = 1; k <= ROWS; k++) {
    ys.add(y0 - (k * h) / 2);
    ys.add(y0 + (k * h) / 2);
  }
  for (const q of blockers) {
    ys.add(q.y - h - GAP - 1);
    ys.add(q.y + q.h + GAP + 1);
  }
  let best: Box | null = null;
  let bestCost = Infinity;
  for (const x of xs) {
    if (x < bounds.left || x + w > bounds.right) continue;
    for (const y of ys) {
      // Only within reach: the text considered (near) covers this band and more.
      if (y < bounds.top || Math.abs(y - y0) > REACH * h) continue;
      // Vertical distance counts more: a flag belongs to its element's line more than its column.
      const cost = Math.abs(y - y0) * 2 + Math.abs(x - t.x);
      if (cost >= bestCost) continue;
      const box = { x, y, w, h };
      if (blockers.some((q) => overlaps(box, q))) continue;
      best = box;
      bestCost = cost;
    }
  }
  if (best) return best;
  // Nowhere free near the element: at its left edge, moved down past whatever it would cover.
  const all = [...text, ...placed];
  const box = { x: Math.max(bounds.left, Math.min(t.x, bounds.right - w)), y: Math.max(bounds.top, y0), w, h };
  for (let hit = all.find((q) => overlaps(box, q)); hit; hit = all.find((q) => overlaps(box, q))) box.y = hit.y + hit.h + GAP + 1;
  return box;
}
