/** The part of the Web Storage API the guard uses. */
export interface StorageBackend {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * Why progress is not being saved.
 * - `unavailable`: storage cannot be used at all (disabled, blocked, private mode).
 * - `write-failed`: a write was refused, usually because storage is full.
 */
export type StorageProblem = 'unavailable' | 'write-failed';

/** A storage the persistent store can use as its engine: a string map that never throws. */
export type GuardedStorage = Record<string, string>;

const PROBE_KEY = 'csa:probe';

/**
 * Wraps a Web Storage backend for `setPersistentEngine`. Reads and writes never throw.
 * - A backend that cannot be had (missing, or throws on access) makes the guard memory-only and
 *   reports `unavailable` once.
 * - A backend that refuses a tiny probe write (full, or read-only) is still read, so saved
 *   progress shows; `write-failed` is reported at once, and each write is still tried.
 * - A failed write keeps the value in memory for this page and reports `write-failed`.
 *
 * @param getBackend returns the backend; it may itself throw (some browsers throw on access).
 * @param report called with each problem as it happens.
 */
export function createGuardedStorage(
  getBackend: () => StorageBackend | undefined,
  report: (problem: StorageProblem) => void,
): GuardedStorage {
  const memory = new Map<string, string>();
  let backend: StorageBackend | undefined;
  try {
    backend = getBackend();
  } catch {
    backend = undefined;
  }
  if (backend === undefined) {
    report('unavailable');
  } else {
    try {
      backend.setItem(PROBE_KEY, '1');
      backend.removeItem(PROBE_KEY);
    } catch {
      report('write-failed');
    }
  }

  const read = (key: string): string | undefined => {
    if (memory.has(key)) return memory.get(key);
    try {
      return backend?.getItem(key) ?? undefined;
    } catch {
      return undefined;
    }
  };

  return new Proxy<GuardedStorage>(
    {},
    {
      get: (_target, key) => (typeof key === 'string' ? read(key) : undefined),
      has: (_target, key) => typeof key === 'string' && read(key) !== undefined,
      set: (_target, key, value) => {
        if (typeof key !== 'string') return true;
        const text = String(value);
        if (backend === undefined) {
          memory.set(key, text);
          return true;
        }
        try {
          backend.setItem(key, text);
          memory.delete(key);
        } catch {
          memory.set(key, text);
          report('write-failed');
        }
        return true;
      },
      deleteProperty: (_target, key) => {
        if (typeof key !== 'string') return true;
        memory.delete(key);
        try {
          backend?.removeItem(key);
        } catch {
          // Nothing to undo: the value is gone from memory and the backend cannot be reached.
        }
        return true;
      },
    },
  );
}
