// The library of audited reports, in IndexedDB (Dexie) in the extension's own origin: the
// background and the library page open it, never a content script (whose IndexedDB is the
// portal's). Every record read back is validated; an import is validated whole before anything
// is written, and is written in one transaction.
import Dexie from 'dexie';
import type { EntityTable } from 'dexie';
import { prettifyError } from 'zod';
import { LIBRARY_FILE_KIND, LIBRARY_FILE_VERSION, LibraryFileSchema, LibraryRecordSchema, migrateRecord } from './schema';
import type { LibraryFile, LibraryRecord } from './schema';

const DB_NAME = 'xxgk-library';

type LibraryDb = Dexie & { reports: EntityTable<LibraryRecord, 'source'> };

export type ImportOutcome =
  | { ok: true; added: number; replaced: number }
  | { ok: false; error: 'not-json' | 'wrong-kind' | 'malformed'; detail: string };

function valid(rows: unknown[]): LibraryRecord[] {
  return rows.flatMap((r) => {
    const parsed = LibraryRecordSchema.safeParse(r);
    return parsed.success ? [parsed.data] : [];
  });
}

export class Library {
  private readonly db: LibraryDb;

  /** `indexedDB`/`IDBKeyRange`: another implementation (fake-indexeddb in unit tests). */
  constructor(deps?: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange }) {
    this.db = new Dexie(DB_NAME, deps) as LibraryDb;
    // Version 1: one record per source; last year's report is found by body and year.
    this.db.version(1).stores({ reports: '&source, [bodyKey+year]' });
    // Version 2: each record says how it came in and what it was read from (migrateRecord).
    this.db.version(2).stores({ reports: '&source, [bodyKey+year]' }).upgrade((tx) =>
      tx.table('reports').toCollection().modify((row: Record<string, unknown>) => {
        Object.assign(row, migrateRecord(row));
      }));
  }

  /** Keeps a report; the same source audited again replaces its record. */
  async put(record: LibraryRecord): Promise<void> {
    await this.db.reports.put(LibraryRecordSchema.parse(record));
  }

  /** The report of `bodyKey` for `year`: the most recently audited one if several sources hold it. */
  async find(bodyKey: string, year: number): Promise<LibraryRecord | null> {
    const rows = valid(await this.db.reports.where('[bodyKey+year]').equals([bodyKey, year]).toArray());
    rows.sort((a, b) => b.auditedAt.localeCompare(a.auditedAt));
    return rows[0] ?? null;
  }

  /** Every kept report (records that no longer validate are left out). */
  async list(): Promise<LibraryRecord[]> {
    return valid(await this.db.reports.toArray());
  }

  async remove(source: string): Promise<void> {
    await this.db.reports.delete(source);
  }

  async clear(): Promise<void> {
    await this.db.reports.clear();
  }

  async exportFile(): Promise<LibraryFile> {
    return { kind: LIBRARY_FILE_KIND, version: LIBRARY_FILE_VERSION, reports: await this.list() };
  }

  /** Merges a library file (its records replace those of the same source); a bad file changes nothing. */
  async importText(text: string): Promise<ImportOutcome> {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (e) {
      return { ok: false, error: 'not-json', detail: e instanceof Error ? e.message : String(e) };
    }
    if (typeof raw !== 'object' || raw === null || (raw as { kind?: unknown }).kind !== LIBRARY_FILE_KIND) {
      return { ok: false, error: 'wrong-kind', detail: String((raw as { kind?: unknown } | null)?.kind ?? '') };
    }
    const file = LibraryFileSchema.safeParse(raw);
    if (!file.success) return { ok: false, error: 'malformed', detail: prettifyError(file.error) };
    return this.db.transaction('rw', this.db.reports, async () => {
      const had = new Set(await this.db.reports.where('source').anyOf(file.data.reports.map((r) => r.source)).primaryKeys());
      await this.db.reports.bulkPut(file.data.reports);
      const replaced = file.data.reports.filter((r) => had.has(r.source)).length;
      return { ok: true as const, added: file.data.reports.length - replaced, replaced };
    });
  }

  close(): void {
    this.db.close();
  }
}
