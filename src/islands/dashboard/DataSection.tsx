import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $learnerName, setLearnerName } from '../../stores/learner';
import { dayKey } from '../../lib/core/local-day';
import type { Progress } from '../../lib/progress/types';
import type { Snapshot } from '../../stores/progress-transfer';
import { td } from '../../i18n/en-dashboard';
import { tl } from '../../i18n/en-dashboard-later';

type DataState =
  | { kind: 'idle'; message: string }
  | {
      kind: 'preview';
      incoming: Progress;
      /** The review deck in the file, checked when it is applied. */
      review: unknown;
      /** The learner's day the file was exported on. */
      exportedOn: string;
      changes: { newAttempts: number; newLessons: number; better: number; labs: number };
    }
  | { kind: 'confirm-reset' }
  | { kind: 'undo'; previous: Snapshot };

/** Where focus goes after the learner acts, so it never falls back to the page body. */
type FocusTarget = 'status' | 'preview' | 'confirm' | 'undo' | 'reset';

const actions = () => import('../progress/data-actions');
const transfer = () => import('../../stores/progress-transfer');

/**
 * Export, import (with a preview and merge or replace) and reset with undo. The code that does
 * them loads on first use. Each step moves focus to what comes next: the preview, the question
 * before a reset, the Undo button after it, or the message that says what happened.
 */
export function DataSection({ siteVersion }: { siteVersion: string }) {
  const [state, setState] = useState<DataState>({ kind: 'idle', message: '' });
  const name = useStore($learnerName);
  const [draftName, setDraftName] = useState<string | null>(null);
  const focusNext = useRef<FocusTarget | null>(null);
  const targets = {
    status: useRef<HTMLParagraphElement>(null),
    preview: useRef<HTMLDivElement>(null),
    confirm: useRef<HTMLDivElement>(null),
    undo: useRef<HTMLButtonElement>(null),
    reset: useRef<HTMLButtonElement>(null),
  };
  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target !== null) targets[target].current?.focus();
  });
  const go = (next: DataState, focus: FocusTarget) => {
    focusNext.current = focus;
    setState(next);
  };
  const say = (message: string) => go({ kind: 'idle', message }, 'status');

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file === undefined) return;
    const [{ readProgressFile, importError }, { previewImport }] = await Promise.all([actions(), transfer()]);
    const result = await readProgressFile(file);
    if (!result.ok) {
      say(importError(result.code, 'dropped' in result ? result.dropped : 0));
      return;
    }
    const changes = previewImport(result.progress);
    go(
      {
        kind: 'preview',
        incoming: result.progress,
        review: result.review,
        exportedOn: dayKey(result.summary.exportedAt) ?? result.summary.exportedAt,
        changes: {
          newAttempts: changes.newAttempts,
          newLessons: changes.newLessons,
          better: changes.betterScores.length,
          labs: changes.newLabsCompleted,
        },
      },
      'preview',
    );
  };

  const reset = async () => {
    const previous = (await transfer()).resetProgress();
    go({ kind: 'undo', previous }, 'undo');
    setTimeout(() => {
      const hadFocus = targets.undo.current !== null && targets.undo.current === document.activeElement;
      if (hadFocus) focusNext.current = 'reset';
      setState((now) => (now.kind === 'undo' ? { kind: 'idle', message: '' } : now));
    }, 60_000);
  };

  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">{tl('data.heading')}</h2>
      <p>{tl('data.intro')}</p>
      <form
        class="learner-name"
        onSubmit={(event) => {
          event.preventDefault();
          setLearnerName(draftName ?? name);
          setDraftName(null);
          const saved = $learnerName.get();
          say(saved === '' ? tl('data.nameCleared') : tl('data.nameSaved', { name: saved }));
        }}
      >
        <label for="learner-name">{tl('data.name')}</label>
        <span class="learner-name-row">
          <input
            id="learner-name"
            type="text"
            autocomplete="name"
            maxLength={100}
            aria-describedby="learner-name-hint"
            value={draftName ?? name}
            onInput={(event) => setDraftName((event.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit" class="button-quiet">
            {tl('data.nameSave')}
          </button>
        </span>
        <span id="learner-name-hint" class="learner-name-hint">
          {tl('data.nameHint')}
        </span>
      </form>
      <div class="quiz-actions">
        <button
          type="button"
          class="button"
          onClick={async () => {
            const { exportProgress } = await actions();
            say(td('exported', { file: exportProgress(siteVersion) }));
          }}
        >
          {tl('data.export')}
        </button>
        <label class="button-quiet file-button">
          {tl('data.import')}
          <input type="file" accept="application/json,.json" class="visually-hidden" onChange={onFile} />
        </label>
        <button
          type="button"
          class="button-quiet"
          ref={targets.reset}
          onClick={() => go({ kind: 'confirm-reset' }, 'confirm')}
        >
          {tl('data.reset')}
        </button>
      </div>
      <div role="status">
        {state.kind === 'idle' && state.message !== '' && (
          <p ref={targets.status} tabIndex={-1}>
            {state.message}
          </p>
        )}
        {state.kind === 'undo' && <p>{tl('data.resetDone')}</p>}
      </div>
      {state.kind === 'preview' && (
        <div class="notice" ref={targets.preview} tabIndex={-1}>
          <p>
            {tl('data.importPreview', {
              date: state.exportedOn,
              attempts: tl('data.attempts', { count: state.changes.newAttempts }),
              lessons: tl('data.lessons', { count: state.changes.newLessons }),
              better: tl('data.better', { count: state.changes.better }),
            })}
            {state.changes.labs > 0 && ` ${tl('data.labs', { count: state.changes.labs })}`}
          </p>
          <div class="quiz-actions">
            <button
              type="button"
              class="button"
              onClick={async () => {
                (await transfer()).mergeImported(state.incoming, state.review);
                say(tl('data.imported'));
              }}
            >
              {tl('data.merge')}
            </button>
            <button
              type="button"
              class="button-quiet"
              onClick={async () => {
                (await transfer()).replaceWithImported(state.incoming, state.review);
                say(tl('data.imported'));
              }}
            >
              {tl('data.replace')}
            </button>
            <button type="button" class="button-quiet" onClick={() => say(tl('data.cancelled'))}>
              {tl('data.cancel')}
            </button>
          </div>
        </div>
      )}
      {state.kind === 'confirm-reset' && (
        <div class="notice notice-warning" ref={targets.confirm} tabIndex={-1}>
          <p>{tl('data.resetConfirm')}</p>
          <div class="quiz-actions">
            <button type="button" class="button" onClick={reset}>
              {tl('data.resetYes')}
            </button>
            <button
              type="button"
              class="button-quiet"
              onClick={() => go({ kind: 'idle', message: '' }, 'reset')}
            >
              {tl('data.cancel')}
            </button>
          </div>
        </div>
      )}
      {state.kind === 'undo' && (
        <button
          type="button"
          class="button"
          ref={targets.undo}
          onClick={async () => {
            (await transfer()).undoReset(state.previous);
            say(tl('data.undone'));
          }}
        >
          {tl('data.undo')}
        </button>
      )}
    </section>
  );
}
