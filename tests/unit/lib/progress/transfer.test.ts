import { describe, expect, it } from 'vitest';
import {
  EXPORT_FORMAT,
  MAX_LEARNER_NAME,
  cleanLearnerName,
  MAX_IMPORT_BYTES,
  buildExport,
  canonicalJson,
  describeImport,
  fnv1a32,
  readImport,
} from '../../../../src/lib/progress/transfer';
import { createEmptyArchive, type LabRecord, type Progress } from '../../../../src/lib/progress/types';
import { makeAttempt, makeProgress } from '../../../fixtures/builders';

const EXTRA = { siteVersion: '0.1.0', exportedAt: new Date('2026-11-28T10:00:00.000Z') };
const LESSON = 'shared-responsibility/security-of-and-in-the-cloud';

const LAB: LabRecord = {
  firstRunAt: '2026-11-21T11:00:00.000Z',
  lastRunAt: '2026-11-21T11:20:00.000Z',
  runs: 3,
  completedAt: '2026-11-21T11:20:00.000Z',
  best: { checksPassed: 3, checksTotal: 3, probesDenied: 2, probesTotal: 2 },
  policy: '{ "Version": "2012-10-17", "Statement": [] }',
};

const PROGRESS: Progress = makeProgress(
  [
    makeAttempt({ id: 'a1', finishedAt: '2026-11-20T10:00:00.000Z', earned: 1, passed: false }),
    makeAttempt({
      id: 'a2',
      finishedAt: '2026-11-21T10:00:00.000Z',
      earned: 2.5,
      passed: true,
      mode: 'exam',
    }),
  ],
  {
    archive: {
      quizzes: {
        'iam-basics': {
          attempts: 4,
          passed: true,
          bestEarned: 4,
          bestTotal: 4,
          lastEarned: 3,
          lastTotal: 4,
          lastAt: '2026-11-01T10:00:00.000Z',
        },
      },
      days: { '2026-11-01': { attempts: 4, earned: 14, total: 16 } },
      tags: { 'area:iam': { earned: 14, total: 16 } },
      practiceTags: {},
    },
    labs: { 'read-one-bucket': LAB },
  },
);

/** A file's JSON, changed by `edit`, with its checksum recomputed (as a careful editor would). */
function edited(edit: (file: Record<string, unknown>) => void, review?: unknown): string {
  const file = JSON.parse(buildExport(PROGRESS, { ...EXTRA, review })) as Record<string, unknown>;
  edit(file);
  file['checksum'] = fnv1a32(canonicalJson({ progress: file['progress'], review: file['review'] ?? null }));
  return JSON.stringify(file);
}

describe('buildExport', () => {
  it('writes the envelope, the progress and the review data as pretty JSON', () => {
    const text = buildExport(PROGRESS, { ...EXTRA, review: { cards: { q: { due: '2026-12-01' } } } });
    const file = JSON.parse(text) as Record<string, unknown>;

    expect(Object.keys(file)).toEqual([
      'format',
      'schemaVersion',
      'siteVersion',
      'exportedAt',
      'checksum',
      'progress',
      'review',
    ]);
    expect(EXPORT_FORMAT).toBe('csa-progress');
    expect(file).toMatchObject({
      format: 'csa-progress',
      schemaVersion: 5,
      siteVersion: '0.1.0',
      exportedAt: '2026-11-28T10:00:00.000Z',
      progress: PROGRESS,
      review: { cards: { q: { due: '2026-12-01' } } },
    });
    expect(file['checksum']).toMatch(/^[0-9a-f]{8}$/);
    expect(text).toContain('\n  "format": "csa-progress",\n');
  });

  it('writes review as null when there is none', () => {
    expect(JSON.parse(buildExport(PROGRESS, EXTRA))).toMatchObject({ review: null });
  });

  it('is deterministic, and its checksum does not depend on the order of keys', () => {
    const reordered: Progress = {
      archive: PROGRESS.archive,
      attempts: PROGRESS.attempts,
      lessons: PROGRESS.lessons,
      version: PROGRESS.version,
      labs: PROGRESS.labs,
    };

    expect(buildExport(PROGRESS, EXTRA)).toBe(buildExport(PROGRESS, EXTRA));
    expect(JSON.parse(buildExport(reordered, EXTRA)).checksum).toBe(
      JSON.parse(buildExport(PROGRESS, EXTRA)).checksum,
    );
  });

  it('checksums review data as the file holds it (a Date as its string, undefined fields dropped)', () => {
    const text = buildExport(PROGRESS, {
      ...EXTRA,
      review: { at: new Date('2026-11-28T00:00:00.000Z'), gone: undefined },
    });

    expect(readImport(text)).toMatchObject({ ok: true, review: { at: '2026-11-28T00:00:00.000Z' } });
  });
});

describe('canonicalJson and fnv1a32', () => {
  it('sorts keys at every level and writes no white space', () => {
    expect(canonicalJson({ b: [{ d: 1, c: null }], a: 'x' })).toBe('{"a":"x","b":[{"c":null,"d":1}]}');
  });

  it('keeps a "__proto__" key of parsed JSON as data', () => {
    expect(canonicalJson(JSON.parse('{"__proto__":{"x":1},"a":true}'))).toBe(
      '{"__proto__":{"x":1},"a":true}',
    );
  });

  it('gives the published FNV-1a 32-bit values', () => {
    expect(fnv1a32('')).toBe('811c9dc5');
    expect(fnv1a32('a')).toBe('e40c292c');
    expect(fnv1a32('foobar')).toBe('bf9cf968');
  });

  it('hashes the UTF-8 bytes of the text', () => {
    // "é" is 0xc3 0xa9 in UTF-8.
    expect(fnv1a32('é')).not.toBe(fnv1a32('\u00e9'.normalize('NFD')));
    expect(fnv1a32('é')).toBe(fnv1a32(String.fromCharCode(0xe9)));
  });
});

describe('readImport: a valid file', () => {
  it('reads back what buildExport wrote, with a summary', () => {
    const result = readImport(buildExport(PROGRESS, { ...EXTRA, review: { cards: [] } }));

    expect(result).toEqual({
      ok: true,
      progress: PROGRESS,
      review: { cards: [] },
      learner: null,
      summary: {
        schemaVersion: 5,
        siteVersion: '0.1.0',
        exportedAt: '2026-11-28T10:00:00.000Z',
        lessons: 1,
        attempts: 6,
        quizzes: 2,
        labs: 1,
      },
    });
  });

  it('reads a file without a review field as review null', () => {
    const text = edited((file) => {
      delete file['review'];
    });

    expect(readImport(text)).toMatchObject({ ok: true, review: null });
  });

  it('migrates a file of schema version 2 through decode', () => {
    const v2 = { version: 2, lessons: PROGRESS.lessons, attempts: PROGRESS.attempts };
    const text = edited((file) => {
      file['schemaVersion'] = 2;
      file['progress'] = v2;
    });

    const result = readImport(text);

    expect(result).toMatchObject({
      ok: true,
      progress: { ...PROGRESS, archive: createEmptyArchive(), labs: {} },
      summary: { schemaVersion: 2, attempts: 2, quizzes: 1, labs: 0 },
    });
  });

  it('reads a file of schema version 4 (before labs) as it was, with no labs', () => {
    const { labs: _labs, ...v4 } = { ...PROGRESS, version: 4 };
    const text = edited((file) => {
      file['schemaVersion'] = 4;
      file['progress'] = v4;
    });

    expect(readImport(text)).toMatchObject({
      ok: true,
      progress: { ...PROGRESS, labs: {} },
      summary: { schemaVersion: 4, lessons: 1, attempts: 6, quizzes: 2, labs: 0 },
    });
  });

  it('refuses a file with a tampered lab record, saying how many entries failed', () => {
    const text = edited((file) => {
      file['progress'] = { ...PROGRESS, labs: { ...PROGRESS.labs, other: { ...LAB, runs: -2 } } };
    });

    expect(readImport(text)).toMatchObject({ ok: false, code: 'invalid-progress', dropped: 1 });
  });

  it('migrates a file of schema version 1 through decode (v1 → v2 → v3 → v4 → v5)', () => {
    const v1 = {
      version: 1,
      lessons: {},
      attempts: [
        {
          id: 'old',
          quizId: 'iam-basics',
          finishedAt: '2026-01-01T10:00:00.000Z',
          earned: 2,
          total: 4,
          passed: false,
          responses: { root: ['a'] },
        },
      ],
    };
    const text = edited((file) => {
      file['schemaVersion'] = 1;
      file['progress'] = v1;
    });

    const result = readImport(text);

    expect(result.ok).toBe(true);
    expect(result.ok && result.progress).toMatchObject({
      version: 5,
      labs: {},
      attempts: [
        { id: 'old', kind: 'quiz', mode: 'practice', seed: null, questionIds: ['root'], tagScores: {} },
      ],
      archive: createEmptyArchive(),
    });
  });

  it('accepts a file of exactly 2 MiB', () => {
    const base = buildExport(PROGRESS, EXTRA);
    const text = base.slice(0, -1) + ' '.repeat(MAX_IMPORT_BYTES - base.length) + '}';

    expect(text.length).toBe(MAX_IMPORT_BYTES);
    expect(readImport(text).ok).toBe(true);
  });
});

describe('readImport: refused files, one case per code', () => {
  it('too-large: more than 2 MiB of text', () => {
    const base = buildExport(PROGRESS, EXTRA);
    const text = base.slice(0, -1) + ' '.repeat(MAX_IMPORT_BYTES - base.length + 1) + '}';

    expect(readImport(text)).toEqual({ ok: false, code: 'too-large', detail: 'more than 2097152 bytes' });
  });

  it('too-large: within 2 MiB of UTF-16 code units but over 2 MiB of UTF-8', () => {
    const text = `{"format":"csa-progress","note":"${'é'.repeat(MAX_IMPORT_BYTES / 2)}"}`;

    expect(text.length).toBeLessThan(MAX_IMPORT_BYTES);
    expect(readImport(text)).toMatchObject({ ok: false, code: 'too-large' });
  });

  it.each([
    ['an empty file', ''],
    ['a truncated file', buildExport(PROGRESS, EXTRA).slice(0, 200)],
    ['a spreadsheet', 'quiz,score\niam,3'],
  ])('not-json: %s', (_what, text) => {
    expect(readImport(text)).toMatchObject({ ok: false, code: 'not-json', detail: expect.any(String) });
  });

  it.each([
    ['a list', '[1,2]'],
    ['a string', '"csa-progress"'],
    ['stored progress rather than an export', JSON.stringify(PROGRESS)],
    ['another format', JSON.stringify({ format: 'other-app', progress: PROGRESS })],
  ])('not-an-export: %s', (_what, text) => {
    expect(readImport(text)).toEqual({
      ok: false,
      code: 'not-an-export',
      detail: 'no "format": "csa-progress"',
    });
  });

  it.each<[string, (file: Record<string, unknown>) => void]>([
    ['no schema version', (file) => delete file['schemaVersion']],
    ['a schema version of 0', (file) => (file['schemaVersion'] = 0)],
    ['a schema version given as a string', (file) => (file['schemaVersion'] = '3')],
  ])('not-an-export: %s', (_what, edit) => {
    expect(readImport(edited(edit))).toEqual({
      ok: false,
      code: 'not-an-export',
      detail: 'schemaVersion is not a whole number from 1 up',
    });
  });

  it.each<[string, (file: Record<string, unknown>) => void]>([
    ['no site version', (file) => delete file['siteVersion']],
    ['an export time that is not a time', (file) => (file['exportedAt'] = 'yesterday')],
    ['an export time given as a number', (file) => (file['exportedAt'] = 1_795_000_000_000)],
  ])('not-an-export: %s', (_what, edit) => {
    expect(readImport(edited(edit))).toEqual({
      ok: false,
      code: 'not-an-export',
      detail: 'siteVersion or exportedAt is missing or malformed',
    });
  });

  it.each([65, 100_000])(
    'not-an-export: review data nested %s levels deep, without exhausting the stack',
    (depth) => {
      const deep = `${'['.repeat(depth)}1${']'.repeat(depth)}`;
      const text = buildExport(PROGRESS, EXTRA).replace('"review": null', `"review": ${deep}`);

      expect(readImport(text)).toEqual({
        ok: false,
        code: 'not-an-export',
        detail: 'nested more than 64 levels deep',
      });
    },
  );

  it('reads review data nested 64 levels deep', () => {
    const deep = `${'['.repeat(63)}1${']'.repeat(63)}`;
    const text = edited((file) => (file['review'] = JSON.parse(deep)));

    expect(readImport(text).ok).toBe(true);
  });

  it('newer-version: a schema version above the one this site reads', () => {
    expect(readImport(edited((file) => (file['schemaVersion'] = 6)))).toEqual({
      ok: false,
      code: 'newer-version',
      detail: 'schema version 6; this site reads up to 5',
    });
  });

  it('newer-version: progress of a newer version inside a file that claims the current one', () => {
    const text = edited((file) => (file['progress'] = { ...PROGRESS, version: 6 }));

    expect(readImport(text)).toEqual({
      ok: false,
      code: 'newer-version',
      detail: 'progress version 6; this site reads up to 5',
    });
  });

  it('checksum-mismatch: a score changed by hand', () => {
    const text = buildExport(PROGRESS, EXTRA).replace('"earned": 2.5', '"earned": 3');

    expect(readImport(text)).toMatchObject({ ok: false, code: 'checksum-mismatch' });
  });

  it('checksum-mismatch: review data changed', () => {
    const text = buildExport(PROGRESS, { ...EXTRA, review: { n: 1 } }).replace('"n": 1', '"n": 2');

    expect(readImport(text)).toMatchObject({ ok: false, code: 'checksum-mismatch' });
  });

  it('checksum-mismatch: no checksum, with the checksum the content gives in the detail', () => {
    const file = JSON.parse(buildExport(PROGRESS, EXTRA)) as Record<string, unknown>;
    const expected = file['checksum'];
    delete file['checksum'];

    expect(readImport(JSON.stringify(file))).toEqual({
      ok: false,
      code: 'checksum-mismatch',
      detail: `checksum missing, content gives "${String(expected)}"`,
    });
  });

  it('invalid-progress: one invalid attempt refuses the whole file and says how many entries failed', () => {
    const text = edited((file) => {
      const progress = file['progress'] as Record<string, unknown[]>;
      progress['attempts']?.push({ id: 'bad', earned: 'lots' });
    });

    expect(readImport(text)).toEqual({
      ok: false,
      code: 'invalid-progress',
      detail: '1 entry of the progress failed validation; nothing was imported',
      dropped: 1,
    });
  });

  it('invalid-progress: counts invalid lessons, attempts and archive entries together', () => {
    const text = edited((file) => {
      file['progress'] = {
        ...PROGRESS,
        lessons: { 'Bad Id': {} },
        archive: { ...PROGRESS.archive, days: { 'not-a-day': { attempts: 1, earned: 0, total: 0 } } },
      };
    });

    expect(readImport(text)).toMatchObject({ ok: false, code: 'invalid-progress', dropped: 2 });
    expect(readImport(text)).toMatchObject({
      detail: '2 entries of the progress failed validation; nothing was imported',
    });
  });

  it('invalid-progress: no progress record at all', () => {
    const text = edited((file) => (file['progress'] = 'progress'));

    expect(readImport(text)).toEqual({
      ok: false,
      code: 'invalid-progress',
      detail: 'the file holds no progress record',
      dropped: 0,
    });
  });

  it('leaves Object.prototype alone when a file is full of "__proto__" keys', () => {
    const text = edited((file) => {
      Object.defineProperty(file, '__proto__', { value: { polluted: 1 }, enumerable: true });
    }, JSON.parse('{"__proto__":{"polluted":1}}'));

    const result = readImport(text);

    expect(result.ok).toBe(true);
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('describeImport', () => {
  const current = makeProgress(
    [
      makeAttempt({ id: 'a1', finishedAt: '2026-11-20T10:00:00.000Z', earned: 2, passed: false }),
      makeAttempt({ id: 'shared', quizId: 'iam-basics', finishedAt: '2026-11-21T10:00:00.000Z', earned: 3 }),
    ],
    {
      lessons: {
        [LESSON]: { firstVisitedAt: '2026-11-01T00:00:00.000Z', lastVisitedAt: '2026-11-01T00:00:00.000Z' },
      },
    },
  );

  it('counts new attempts and lessons and lists the quizzes whose best score goes up', () => {
    const incoming = makeProgress(
      [
        makeAttempt({
          id: 'shared',
          quizId: 'iam-basics',
          finishedAt: '2026-11-21T10:00:00.000Z',
          earned: 3,
        }),
        makeAttempt({ id: 'b1', finishedAt: '2026-11-22T10:00:00.000Z', earned: 3, passed: true }),
        makeAttempt({
          id: 'b2',
          quizId: 'compliance-tools',
          finishedAt: '2026-11-23T10:00:00.000Z',
          earned: 1,
        }),
        makeAttempt({ id: 'b3', quizId: 'iam-basics', finishedAt: '2026-11-24T10:00:00.000Z', earned: 2 }),
      ],
      {
        lessons: {
          [LESSON]: { firstVisitedAt: '2026-10-01T00:00:00.000Z', lastVisitedAt: '2026-10-01T00:00:00.000Z' },
          'iam/least-privilege': {
            firstVisitedAt: '2026-10-01T00:00:00.000Z',
            lastVisitedAt: '2026-10-01T00:00:00.000Z',
          },
        },
      },
    );

    expect(describeImport(current, incoming)).toEqual({
      newAttempts: 3,
      newLessons: 1,
      betterScores: ['compliance-tools', 'shared-responsibility'],
      newLabsCompleted: 0,
    });
  });

  it('counts the labs completed in the file and not here', () => {
    const started = { ...LAB, completedAt: null, best: { ...LAB.best, checksPassed: 1 } };
    const here = { ...current, labs: { 'read-one-bucket': started, 'spot-the-open-bucket': LAB } };
    const incoming = makeProgress([], {
      labs: { 'read-one-bucket': LAB, 'spot-the-open-bucket': LAB, 'least-privilege-kms': started },
    });

    expect(describeImport(here, incoming)).toMatchObject({ newLabsCompleted: 1 });
    expect(describeImport(incoming, here)).toMatchObject({ newLabsCompleted: 0 });
  });

  it('reports no change for a file of what is already here', () => {
    expect(describeImport(current, current)).toEqual({
      newAttempts: 0,
      newLessons: 0,
      betterScores: [],
      newLabsCompleted: 0,
    });
  });

  it('counts archived attempts in the file, and a better archived best', () => {
    const incoming = makeProgress([], {
      lessons: {},
      archive: {
        ...createEmptyArchive(),
        quizzes: {
          'shared-responsibility': {
            attempts: 5,
            passed: true,
            bestEarned: 3,
            bestTotal: 3,
            lastEarned: 3,
            lastTotal: 3,
            lastAt: '2026-11-01T00:00:00.000Z',
          },
        },
      },
    });

    // 5 archived there, 2 in full here (one at the archived quiz, after its last archived attempt).
    expect(describeImport(current, incoming)).toEqual({
      newAttempts: 5,
      newLessons: 0,
      betterScores: ['shared-responsibility'],
      newLabsCompleted: 0,
    });
  });
});

describe('learner names in progress files', () => {
  it('writes the trimmed name and reads it back', () => {
    const text = buildExport(PROGRESS, { ...EXTRA, learnerName: '  Ada Lovelace ' });
    const file = JSON.parse(text) as Record<string, unknown>;
    expect(file['learner']).toEqual({ name: 'Ada Lovelace' });
    const result = readImport(text);
    expect(result.ok && result.learner).toEqual({ name: 'Ada Lovelace' });
  });

  it('writes no learner field for a blank or missing name, and reads such a file as learner null', () => {
    for (const learnerName of [undefined, '', '   ']) {
      const text = buildExport(PROGRESS, { ...EXTRA, learnerName });
      expect(JSON.parse(text)).not.toHaveProperty('learner');
      const result = readImport(text);
      expect(result.ok && result.learner).toBeNull();
    }
  });

  it('still verifies a file written before names existed (checksum over progress and review only)', () => {
    const file = JSON.parse(buildExport(PROGRESS, EXTRA)) as Record<string, unknown>;
    expect(file['checksum']).toBe(
      fnv1a32(canonicalJson({ progress: file['progress'], review: file['review'] })),
    );
    expect(readImport(JSON.stringify(file)).ok).toBe(true);
  });

  it('covers the name with the checksum: a name changed by hand is a checksum mismatch', () => {
    const file = JSON.parse(buildExport(PROGRESS, { ...EXTRA, learnerName: 'Ada' })) as Record<
      string,
      unknown
    >;
    file['learner'] = { name: 'Grace' };
    expect(readImport(JSON.stringify(file))).toMatchObject({ ok: false, code: 'checksum-mismatch' });
    delete file['learner'];
    expect(readImport(JSON.stringify(file))).toMatchObject({ ok: false, code: 'checksum-mismatch' });
  });

  it('cuts a long name to MAX_LEARNER_NAME characters', () => {
    const text = buildExport(PROGRESS, { ...EXTRA, learnerName: 'x'.repeat(MAX_LEARNER_NAME + 20) });
    const result = readImport(text);
    expect(result.ok && result.learner?.name).toBe('x'.repeat(MAX_LEARNER_NAME));
    expect(cleanLearnerName(` ${'y'.repeat(MAX_LEARNER_NAME - 1)} z`)).toBe('y'.repeat(MAX_LEARNER_NAME - 1));
  });

  it('not-an-export: a learner field that is not a trimmed name of 1 to 100 characters', () => {
    for (const learner of [
      null,
      'Ada',
      { name: 3 },
      { name: '' },
      { name: ' Ada' },
      { name: 'x'.repeat(101) },
    ]) {
      const file = JSON.parse(buildExport(PROGRESS, EXTRA)) as Record<string, unknown>;
      file['learner'] = learner;
      file['checksum'] = fnv1a32(
        canonicalJson({ learner, progress: file['progress'], review: file['review'] }),
      );
      expect(readImport(JSON.stringify(file))).toEqual({
        ok: false,
        code: 'not-an-export',
        detail: 'learner is not { "name": <text of 1 to 100 characters> }',
      });
    }
  });
});
