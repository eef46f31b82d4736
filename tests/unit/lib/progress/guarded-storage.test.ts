import { describe, expect, it } from 'vitest';
import {
  createGuardedStorage,
  type StorageBackend,
  type StorageProblem,
} from '../../../../src/lib/progress/guarded-storage';

const KEY = 'csa:progress';

/** A working backend over a plain map, which tests can inspect. */
function memoryBackend(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const backend: StorageBackend = {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      data.set(key, value);
    },
    removeItem: (key) => {
      data.delete(key);
    },
  };
  return { backend, data };
}

/** The error browsers throw when storage is full. */
const quotaExceeded = () =>
  Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });

/**
 * A backend that is nearly full: it accepts small writes (such as the guard's probe) but refuses
 * any value longer than `room` characters while `full` is true.
 */
function nearlyFullBackend(room: number, initial: Record<string, string> = {}) {
  const { backend, data } = memoryBackend(initial);
  const state = { full: true };
  const guarded: StorageBackend = {
    ...backend,
    setItem: (key, value) => {
      if (state.full && value.length > room) throw quotaExceeded();
      backend.setItem(key, value);
    },
  };
  return { backend: guarded, data, state };
}

/** Creates a guard and collects what it reports. */
function guard(getBackend: () => StorageBackend | undefined) {
  const reports: StorageProblem[] = [];
  const storage = createGuardedStorage(getBackend, (problem) => reports.push(problem));
  return { storage, reports };
}

describe('createGuardedStorage with a working backend', () => {
  it('reads values already in the backend', () => {
    const { backend } = memoryBackend({ [KEY]: '{"version":1}' });
    const { storage, reports } = guard(() => backend);

    expect(storage[KEY]).toBe('{"version":1}');
    expect(reports).toEqual([]);
  });

  it('reads a missing key as undefined, not null', () => {
    const { backend } = memoryBackend();
    const { storage } = guard(() => backend);

    expect(storage[KEY]).toBeUndefined();
  });

  it('writes values through to the backend', () => {
    const { backend, data } = memoryBackend();
    const { storage, reports } = guard(() => backend);

    storage[KEY] = '{"version":1}';

    expect(data.get(KEY)).toBe('{"version":1}');
    expect(storage[KEY]).toBe('{"version":1}');
    expect(reports).toEqual([]);
  });

  it('stores non-string values as their string form', () => {
    const { backend, data } = memoryBackend();
    const { storage } = guard(() => backend);

    Reflect.set(storage, KEY, 42);

    expect(data.get(KEY)).toBe('42');
  });

  it('answers "in" by whether the key has a value', () => {
    const { backend } = memoryBackend({ [KEY]: 'stored' });
    const { storage } = guard(() => backend);

    expect(KEY in storage).toBe(true);
    expect('csa:progress:backup' in storage).toBe(false);
  });

  it('counts a key holding an empty string as present', () => {
    const { backend } = memoryBackend({ [KEY]: '' });
    const { storage } = guard(() => backend);

    expect(KEY in storage).toBe(true);
    expect(storage[KEY]).toBe('');
  });

  it('removes a key from the backend on delete', () => {
    const { backend, data } = memoryBackend({ [KEY]: 'stored' });
    const { storage } = guard(() => backend);

    expect(delete storage['csa:progress']).toBe(true);

    expect(data.has(KEY)).toBe(false);
    expect(KEY in storage).toBe(false);
    expect(storage[KEY]).toBeUndefined();
  });

  it('leaves nothing behind from checking that the backend works', () => {
    const { backend, data } = memoryBackend({ [KEY]: 'stored' });

    guard(() => backend);

    expect([...data.keys()]).toEqual([KEY]);
  });

  it('sees changes another tab makes in the backend', () => {
    const { backend, data } = memoryBackend();
    const { storage } = guard(() => backend);
    storage[KEY] = 'mine';

    data.set(KEY, 'from another tab');

    expect(storage[KEY]).toBe('from another tab');
  });
});

describe('createGuardedStorage when a write fails', () => {
  it('reports write-failed and keeps the value readable from memory', () => {
    const { backend, data } = nearlyFullBackend(5, { [KEY]: 'old' });
    const { storage, reports } = guard(() => backend);

    storage[KEY] = 'a value too long to fit';

    expect(reports).toEqual(['write-failed']);
    expect(storage[KEY]).toBe('a value too long to fit');
    expect(KEY in storage).toBe(true);
    expect(data.get(KEY)).toBe('old');
  });

  it('reports write-failed again for each write that fails', () => {
    const { backend } = nearlyFullBackend(5);
    const { storage, reports } = guard(() => backend);

    storage[KEY] = 'first long value';
    storage[KEY] = 'second long value';

    expect(reports).toEqual(['write-failed', 'write-failed']);
    expect(storage[KEY]).toBe('second long value');
  });

  it('still writes small values to the backend after a failed write', () => {
    const { backend, data } = nearlyFullBackend(5);
    const { storage, reports } = guard(() => backend);

    storage[KEY] = 'a value too long to fit';
    storage['csa:small'] = 'ok';

    expect(data.get('csa:small')).toBe('ok');
    expect(reports).toEqual(['write-failed']);
  });

  it('writes to the backend again once there is room, and reads the backend from then on', () => {
    const { backend, data, state } = nearlyFullBackend(5);
    const { storage, reports } = guard(() => backend);
    storage[KEY] = 'a value too long to fit';

    state.full = false;
    storage[KEY] = 'a value that fits now';

    expect(data.get(KEY)).toBe('a value that fits now');
    expect(reports).toEqual(['write-failed']);
    data.set(KEY, 'from another tab');
    expect(storage[KEY]).toBe('from another tab');
  });

  it('forgets a value kept in memory when it is deleted', () => {
    const { backend, data } = nearlyFullBackend(5, { [KEY]: 'old' });
    const { storage } = guard(() => backend);
    storage[KEY] = 'a value too long to fit';

    delete storage['csa:progress'];

    expect(KEY in storage).toBe(false);
    expect(storage[KEY]).toBeUndefined();
    expect(data.has(KEY)).toBe(false);
  });
});

describe('createGuardedStorage when the backend cannot be used', () => {
  const unusable: [string, () => StorageBackend | undefined][] = [
    ['there is no backend', () => undefined],
    [
      'getting the backend throws',
      () => {
        throw new Error('SecurityError: access to localStorage is denied');
      },
    ],
  ];

  it.each(unusable)('reports unavailable once when %s', (_what, getBackend) => {
    const { storage, reports } = guard(getBackend);

    storage[KEY] = 'one';
    storage[KEY] = 'two';
    delete storage['csa:progress'];

    expect(reports).toEqual(['unavailable']);
  });

  it.each(unusable)('keeps values in memory for this page when %s', (_what, getBackend) => {
    const { storage } = guard(getBackend);

    expect(storage[KEY]).toBeUndefined();
    expect(KEY in storage).toBe(false);

    storage[KEY] = 'kept';
    expect(storage[KEY]).toBe('kept');
    expect(KEY in storage).toBe(true);

    delete storage['csa:progress'];
    expect(storage[KEY]).toBeUndefined();
    expect(KEY in storage).toBe(false);
  });
});

describe('createGuardedStorage when the backend refuses writes from the start', () => {
  const readOnly: [string, StorageBackend][] = [
    [
      'every write throws',
      {
        getItem: (key) => (key === KEY ? 'saved progress' : null),
        setItem: () => {
          throw quotaExceeded();
        },
        removeItem: () => undefined,
      },
    ],
    [
      'removing the probe throws',
      {
        getItem: (key) => (key === KEY ? 'saved progress' : null),
        setItem: () => undefined,
        removeItem: () => {
          throw new Error('blocked');
        },
      },
    ],
  ];

  it.each(readOnly)(
    'still shows saved progress and reports write-failed at once when %s',
    (_what, backend) => {
      const { storage, reports } = guard(() => backend);

      expect(reports).toEqual(['write-failed']);
      expect(storage[KEY]).toBe('saved progress');
      expect(KEY in storage).toBe(true);
    },
  );

  it('keeps a refused write in memory and reports it again', () => {
    const [[, backend]] = readOnly as [[string, StorageBackend]];
    const { storage, reports } = guard(() => backend);

    storage[KEY] = 'newer progress';

    expect(storage[KEY]).toBe('newer progress');
    expect(reports).toEqual(['write-failed', 'write-failed']);
  });
});

describe('createGuardedStorage with a backend that throws on some calls', () => {
  it('reads undefined when getItem throws', () => {
    const { backend } = memoryBackend({ [KEY]: 'stored' });
    const { storage, reports } = guard(() => ({
      ...backend,
      getItem: () => {
        throw new Error('read failed');
      },
    }));

    expect(storage[KEY]).toBeUndefined();
    expect(KEY in storage).toBe(false);
    expect(reports).toEqual([]);
  });

  it('forgets the in-memory value on delete even when removeItem throws', () => {
    const { backend } = nearlyFullBackend(5);
    const { storage } = guard(() => ({
      ...backend,
      removeItem: (key: string) => {
        if (key !== 'csa:probe') throw new Error('remove failed');
      },
    }));
    storage[KEY] = 'a value too long to fit';

    expect(delete storage['csa:progress']).toBe(true);

    expect(storage[KEY]).toBeUndefined();
  });
});

describe('createGuardedStorage with symbol keys', () => {
  it('ignores symbol keys for reading, writing, "in" and delete', () => {
    const { backend, data } = memoryBackend();
    const { storage, reports } = guard(() => backend);
    const key = Symbol('csa:progress');

    expect(Reflect.set(storage, key, 'value')).toBe(true);
    expect(Reflect.get(storage, key)).toBeUndefined();
    expect(Reflect.has(storage, key)).toBe(false);
    expect(Reflect.deleteProperty(storage, key)).toBe(true);
    expect(data.size).toBe(0);
    expect(reports).toEqual([]);
  });
});
