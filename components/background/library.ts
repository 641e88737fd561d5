// The background's side of the library: one store for the service worker's lifetime; an audited
// report is kept, and last year's report of the same body looked up.
import { Library } from '../library/store';
import type { LibraryRecord } from '../library/schema';

let library: Library | null = null;

function open(): Library {
  return (library ??= new Library());
}

/** Keeps the record; last year's record of its body, if the library holds one. */
export async function keepAndFindPrevious(record: LibraryRecord): Promise<LibraryRecord | null> {
  const lib = open();
  await lib.put(record);
  if (record.bodyKey === null || record.year === null) return null;
  return lib.find(record.bodyKey, record.year - 1);
}
