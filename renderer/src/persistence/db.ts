/**
 * The local database (Dexie over IndexedDB): every workspace, its history snapshots, and app
 * settings, kept on this machine only. DESIGN.md §2 "Keep and exchange".
 *
 * Names below are part of data already on users' machines. Changing any of them — the database
 * name, a table name, a primary key or an index — needs a new schema version with an upgrade
 * function (see SCHEMA_VERSIONS); renaming in place silently orphans every saved workspace.
 */
import Dexie, { type DexieOptions, type Table, type Transaction } from 'dexie';
import type { Workspace } from '../../../shared/model/workspace';

/** The IndexedDB database name. Changing it needs a migration (copy every table across). */
export const DB_NAME = 'ccg-modeller';

/** A saved workspace: the listing fields beside the whole `.ccgm` document, stored as-is. */
export interface WorkspaceRecord {
  /** Primary key: the document's own id (workspace.id). */
  readonly id: string;
  /** The document's name, copied out so the library can list without reading documents. */
  readonly name: string;
  /** ISO 8601: when a change to the document was last saved. The library sorts on it. */
  readonly updatedAt: string;
  readonly scenarioCount: number;
  /**
   * The workspace document, exactly as saved (its updatedAt equals the record's). Typed as the
   * document, but it came from disk: always validate it on read (readWorkspace does).
   */
  readonly document: Workspace;
}

export type SnapshotKind = 'auto' | 'checkpoint';

/** One version of a workspace in its history. */
export interface SnapshotRecord {
  /** Auto-incremented primary key; absent until written. */
  readonly id?: number;
  readonly workspaceId: string;
  /** ISO 8601. */
  readonly takenAt: string;
  readonly kind: SnapshotKind;
  /** A checkpoint's name, or why an automatic snapshot was taken ("Opened", "While editing"). */
  readonly label?: string;
  readonly document: Workspace;
}

/** One app setting, by key. */
export interface SettingRecord {
  readonly key: string;
  readonly value: unknown;
}

/**
 * The schema, one entry per version, oldest first. Dexie opens an older database and runs every
 * later version's upgrade in order, in one transaction; a failed upgrade leaves the old database
 * untouched. To change the layout: add a version with the new `stores` and an `upgrade` that
 * rewrites records (keeping every field: rename or move, never drop), never edit an old entry.
 *
 * Table and index strings (Dexie syntax: first entry is the primary key, `++` auto-increments,
 * `[a+b]` is a compound index) each need a migration to change.
 */
export const SCHEMA_VERSIONS: readonly {
  readonly version: number;
  readonly stores: Readonly<Record<string, string | null>>;
  readonly upgrade?: (tx: Transaction) => Promise<unknown>;
}[] = [
  {
    // Version 1, the first layout: records were { id, updatedAt, document }.
    version: 1,
    stores: {
      workspaces: 'id, updatedAt', // key: workspace id — needs a migration to change
      settings: 'key', // key: setting name — needs a migration to change
    },
  },
  {
    // Version 2: history snapshots, and the library's listing fields (name, scenarioCount)
    // copied out of each document so the home screen sorts and searches without parsing them.
    version: 2,
    stores: {
      workspaces: 'id, name, updatedAt', // indexes: name, updatedAt — need a migration to change
      snapshots: '++id, workspaceId, [workspaceId+takenAt]', // need a migration to change
    },
    upgrade: (tx) =>
      tx
        .table('workspaces')
        .toCollection()
        .modify((record: Record<string, unknown>) => {
          const doc = record.document as { name?: unknown; scenarios?: unknown } | undefined;
          // Every existing field stays; only the two listing fields are added.
          record.name = typeof doc?.name === 'string' ? doc.name : String(record.id);
          record.scenarioCount = Array.isArray(doc?.scenarios) ? doc.scenarios.length : 0;
        }),
  },
];

/** The version this build writes: the last of SCHEMA_VERSIONS. */
export const DB_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;

/** Declares SCHEMA_VERSIONS up to and including `upTo` on a Dexie instance (tests declare less). */
export function declareSchema(db: Dexie, upTo: number = DB_VERSION): void {
  for (const v of SCHEMA_VERSIONS) {
    if (v.version > upTo) break;
    const declared = db.version(v.version).stores({ ...v.stores });
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
}

/** The app's database. Construct with another name in tests; open() happens on first use. */
export class CcgDatabase extends Dexie {
  declare workspaces: Table<WorkspaceRecord, string>;
  declare snapshots: Table<SnapshotRecord, number>;
  declare settings: Table<SettingRecord, string>;

  constructor(name: string = DB_NAME, options: DexieOptions = {}) {
    // 'strict' durability: a commit is flushed to disk before Dexie resolves, so "Saved" in the
    // header means the edit survives a crash or a killed process (Chromium's default is relaxed).
    super(name, { chromeTransactionDurability: 'strict', ...options });
    declareSchema(this);
  }
}
