// The jobs pool: never more than N at once, results in the inputs' order whatever finishes first.
import { describe, expect, it } from 'vitest';
import { mapInOrder } from '../../../lib/cli/pool';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => { resolve = r; });
  return { promise, resolve };
}

describe('mapInOrder', () => {
  it('runs up to N at once and keeps the order when later items finish first', async () => {
    const gates = Array.from({ length: 5 }, deferred);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const run = mapInOrder([0, 1, 2, 3, 4], 2, async (n) => {
      running++;
      most = Math.max(most, running);
      await gates[n]!.promise;
      running--;
      return n * 10;
    }, { started: (n) => started.push(n) });
    // Release in reverse order of start, as each becomes possible.
    for (const n of [1, 0, 3, 2, 4]) {
      while (!started.includes(n)) await Promise.resolve();
      gates[n]!.resolve();
    }
    expect(await run).toEqual([0, 10, 20, 30, 40]);
    expect(most).toBe(2);
  });

  it('handles fewer items than jobs, and none', async () => {
    expect(await mapInOrder(['a'], 4, async (s) => s.toUpperCase())).toEqual(['A']);
    expect(await mapInOrder([], 4, async (s: string) => s)).toEqual([]);
  });
});
