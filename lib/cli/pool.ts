// Runs work on up to `jobs` items at once; the results come back in the items' order.

export interface PoolEvents<T> {
  started?: (item: T, index: number) => void;
  finished?: (item: T, index: number) => void;
}

export async function mapInOrder<T, R>(
  items: readonly T[], jobs: number, work: (item: T, index: number) => Promise<R>, events: PoolEvents<T> = {},
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < items.length) {
      const i = next++;
      const item = items[i]!;
      events.started?.(item, i);
      results[i] = await work(item, i);
      events.finished?.(item, i);
    }
  }
  await Promise.all(Array.from({ length: Math.min(jobs, items.length) }, worker));
  return results;
}
