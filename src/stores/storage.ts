/**
 * The one storage foundation of every persistent store on a page (`csa:progress`, `csa:review`,
 * `csa:exam-draft`, `csa:export-reminder`).
 *
 * - One guarded engine: a localStorage wrapper that never throws (see
 *   `src/lib/progress/guarded-storage.ts`). It is installed by the first store created through
 *   this module, before that store first reads storage, so no module has to be imported "first"
 *   for its side effect, and every store shares the one in-memory copy the guard keeps when
 *   storage is full. Problems with storage itself go to `$storageProblem`.
 * - One way to read a record: decode → back up → repair. Text a store cannot fully read is copied
 *   to the store's backup key (an older backup wins: it is the one most likely to hold what the
 *   learner lost first), the repaired value is stored at once so the notice shows only once, and
 *   the store's `$problem` says what happened. A decoder can ask not to repair (data from a newer
 *   version of the site stays as it is until the learner records something new).
 * - One way to write: `update` applies a change to what storage holds right now (another tab may
 *   have written since this one last looked), so two tabs never lose each other's records.
 */
import { atom, type ReadableAtom, type WritableAtom } from 'nanostores';
import { persistentAtom, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import {
  createGuardedStorage,
  type GuardedStorage,
  type StorageProblem,
} from '../lib/progress/guarded-storage';

/** What is wrong with this browser's storage, or null. Islands show it. */
export const $storageProblem = atom<StorageProblem | null>(null);

let engine: GuardedStorage | undefined;

/** The guarded engine, installed on first use in a browser; undefined on the server. */
function storageEngine(): GuardedStorage | undefined {
  if (engine === undefined && typeof window !== 'undefined') {
    engine = createGuardedStorage(
      () => window.localStorage,
      (problem) => $storageProblem.set(problem),
    );
    setPersistentEngine(engine, windowPersistentEvents);
  }
  return engine;
}

/**
 * The text stored under `key` right now (in memory too, when storage refused it), without
 * decoding it: a cheap look before loading a store's code. Undefined when nothing is stored.
 */
export function storedText(key: string): string | undefined {
  return storageEngine()?.[key];
}

/** A decoded record, always usable, and what was wrong with the stored text, if anything. */
export interface Decoded<T, P> {
  value: T;
  problem: P | null;
  /** False to leave the stored text as it is despite the problem (default: repair it). */
  repair?: boolean;
}

export interface RecordOptions<T, P> {
  /** Storage key, `csa:<name>`. */
  key: string;
  /** Where text that could not be fully read is kept (a decoder that reports no problem needs none). */
  backupKey?: string;
  /** The value when nothing is stored. */
  empty: () => T;
  /** Stored text → value; never throws. */
  decode: (stored: string) => Decoded<T, P>;
  /** Value → stored text; undefined removes the key. */
  encode: (value: T) => string | undefined;
  /**
   * What a write starts from, given this tab's value and what storage holds now (default: what
   * storage holds). The review deck merges both, so a card answered in this tab while storage
   * could not be written is kept.
   */
  base?: (mine: T, stored: T) => T;
}

/** A persistent record: its store, its read problems and its writes. */
export interface PersistentRecord<T, P> {
  /** The value, kept in step with other tabs while it has subscribers. */
  $value: ReadableAtom<T>;
  /** What was wrong with the stored text when it was last read, or null. */
  $problem: ReadableAtom<P | null>;
  /** Applies `change` to what storage holds right now (see `base`) and stores the result. */
  update(change: (current: T) => T): void;
  /** Replaces the value on purpose (an import that replaces, a reset, an undo). */
  replace(next: T): void;
  /** Hides the current problem. */
  dismissProblem(): void;
}

/** Creates a persistent record on the shared guarded engine (installing it if needed). */
export function createPersistentRecord<T, P>(options: RecordOptions<T, P>): PersistentRecord<T, P> {
  const { key, backupKey, empty, decode, encode, base = (_mine: T, stored: T) => stored } = options;
  const storage = storageEngine();
  const $problem = atom<P | null>(null);

  /** Decodes, keeping a backup of what could not be read; repairs the stored text when asked. */
  const read = (stored: string, repairNow: boolean): T => {
    const { value, problem, repair = true } = decode(stored);
    if (problem !== null) {
      if (storage !== undefined && backupKey !== undefined && !(backupKey in storage)) {
        storage[backupKey] = stored;
      }
      if (storage !== undefined && repairNow && repair) {
        const text = encode(value);
        if (text === undefined) Reflect.deleteProperty(storage, key);
        else storage[key] = text;
      }
      $problem.set(problem);
    }
    return value;
  };

  const $value: WritableAtom<T> = persistentAtom<T>(key, empty(), {
    encode: encode as (value: T) => string,
    decode: (stored) => read(stored, true),
  });

  /** What storage holds right now; a write follows, so nothing is repaired here. */
  const stored = (): T => {
    const text = storage?.[key];
    return text === undefined ? empty() : read(text, false);
  };

  return {
    $value,
    $problem,
    update: (change) => $value.set(change(base($value.get(), stored()))),
    replace: (next) => $value.set(next),
    dismissProblem: () => $problem.set(null),
  };
}
