// Engine work that can pause. Long loops are generators that offer a pause every few hundred
// iterations; `runNow` drains them at once (command line, tests), `runSliced` in slices of a few
// milliseconds, giving the page's main thread back in between (the extension on huge pages).

/** Work that may pause (yields nothing) and ends with a T. */
export type Steps<T> = Generator<void, T, void>;

export function runNow<T>(steps: Steps<T>): T {
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}

export interface SliceOptions {
  /** Work at most this long before giving the main thread back. */
  sliceMs: number;
  /** Gives the main thread back (a macrotask). */
  pause: () => Promise<void>;
  clock?: () => number;
  /** Told the length of every slice (for the extension's own timings). */
  onSlice?: (ms: number) => void;
}

export interface SlicedRun<T> {
  value: T;
  /** Time spent working, pauses excluded. */
  workMs: number;
  longestSliceMs: number;
  slices: number;
}

export async function runSliced<T>(steps: Steps<T>, opts: SliceOptions): Promise<SlicedRun<T>> {
  const clock = opts.clock ?? (() => performance.now());
  let workMs = 0;
  let longest = 0;
  let slices = 0;
  for (;;) {
    const start = clock();
    let r = steps.next();
    while (!r.done && clock() - start < opts.sliceMs) r = steps.next();
    const took = clock() - start;
    workMs += took;
    longest = Math.max(longest, took);
    opts.onSlice?.(took);
    slices++;
    if (r.done) return { value: r.value, workMs, longestSliceMs: longest, slices };
    await opts.pause();
  }
}

/**
 * How many of a page's nodes or lines a loop handles between offers to pause. On a first run
 * (code not yet optimised) one can take 20 µs, and a step should stay within a few milliseconds
 * so that a slice ends close to its budget.
 */
export const ITEMS_PER_STEP = 128;

/** Offers a pause every `every` calls: `if (tick()) yield;`. */
export function ticker(every: number): () => boolean {
  let n = 0;
  return () => ++n % every === 0;
}
