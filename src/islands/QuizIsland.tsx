import type { ComponentChildren, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { EXAM_DRAFT_KEY } from '../stores/keys';
import { recordVisit } from '../stores/progress';
import { storedText } from '../stores/storage';
import { quizDataHref } from '../lib/course/routes';
import { t } from '../i18n/en';
import { ProgressNotice } from './ProgressNotice';
import type { QuizScope, SessionOptions, SessionProps } from './quiz/QuizSession';
import type { PreparedAttempt } from './quiz/attempt';
import type { DraftNoticeProps } from './quiz/DraftNotice';
import type { QuizMode } from '../lib/progress/types';
import { isCmi5Launch } from '../lib/cmi5/detect';

/**
 * Whether storage may hold a draft of `quizId`: a cheap look at the text, so the draft code
 * (`src/stores/exam-draft.ts`, which validates it) loads only when there is one to offer.
 */
const mayHaveDraft = (quizId: string): boolean =>
  storedText(EXAM_DRAFT_KEY)?.includes(JSON.stringify(quizId)) ?? false;

export interface QuizIslandProps {
  /** Lesson the quiz belongs to, if any: mounting the island records a visit to it. */
  lessonId?: string | undefined;
  /** Module for results by module, when the quiz's questions do not carry their own. */
  moduleId?: string | undefined;
  /** Quiz id (file name), stored with each attempt. */
  quizId: string;
  /** How the quiz may be taken. */
  modes: readonly QuizMode[];
  /** Suggested exam time limit in minutes, if the author set one. */
  timeLimitMinutes?: number | undefined;
  /**
   * A lesson quiz (the default), a module quiz or the final assessment: the advice after a result
   * depends on it.
   */
  scope?: QuizScope | undefined;
  /** Module titles by id, for the final's advice. */
  moduleNames?: Readonly<Record<string, string>> | undefined;
  /** Shown if the quiz data cannot be loaded: a lesson quiz's link to its questions as text. */
  children?: ComponentChildren;
}

type Running =
  | { state: 'loading' }
  | { state: 'failed' }
  | ({ state: 'ready'; Session: FunctionComponent<SessionProps> } & PreparedAttempt);

/**
 * The quiz's start panel: choose practice or exam, the time limit and confidence ratings, then
 * start. Only then do the quiz data and the session's code (`quiz/QuizSession.tsx`) load, so a
 * reader who never takes the quiz downloads neither. It renders in the browser only (see
 * `src/scripts/quiz-mount.ts`); the server renders what is true until it runs, and the learner's
 * status on this quiz (QuizSection.astro, filled in by the course navigation's status script).
 */
export default function QuizIsland(props: QuizIslandProps) {
  const { lessonId, moduleId, quizId, modes, timeLimitMinutes, scope, moduleNames, children } = props;
  const [options, setOptions] = useState<SessionOptions | null>(null);
  const [running, setRunning] = useState<Running>({ state: 'loading' });
  const [Notice, setNotice] = useState<FunctionComponent<DraftNoticeProps> | null>(null);
  const [Lms, setLms] = useState<FunctionComponent<{ quizId: string }> | null>(null);

  // Once, as the quiz first renders (its props never change): record the lesson visit; offer an
  // unfinished exam if storage may hold one; and if an LMS launched the page (cmi5 parameters in
  // the address), load the cmi5 runtime, which reports this quiz's next full attempt to the LMS's
  // LRS. Other visits never load the draft or cmi5 code.
  useEffect(() => {
    if (lessonId !== undefined) recordVisit(lessonId);
    if (mayHaveDraft(quizId))
      import('./quiz/DraftNotice')
        .then((module) => setNotice(() => module.DraftNotice))
        .catch(() => undefined);
    if (isCmi5Launch(location.search))
      import('./Cmi5Notice').then((module) => setLms(() => module.Cmi5Notice)).catch(() => undefined);
  }, []);

  const lms = Lms && <Lms quizId={quizId} />;

  // Each start draws a new attempt and loads the files holding the questions it asks.
  const start = (chosen: SessionOptions) => {
    setOptions(chosen);
    setRunning({ state: 'loading' });
    // The quiz's own file and the session code load together; its pool (if any) follows.
    const served = fetch(quizDataHref(quizId));
    served.catch(() => undefined);
    import('./quiz/QuizSession')
      .then(async (module) => {
        const prepared = await module.prepareAttempt(quizId, chosen.resume, served);
        setRunning({ state: 'ready', ...prepared, Session: module.QuizSession });
      })
      .catch(() => setRunning({ state: 'failed' }));
  };

  if (options !== null && running.state === 'ready') {
    const { Session, quiz, first } = running;
    return (
      <>
        {lms}
        <Session
          quiz={quiz}
          first={first}
          quizId={quizId}
          moduleId={moduleId}
          options={options}
          scope={scope}
          moduleNames={moduleNames}
          onRestart={() => {
            setOptions(null);
            // Back to the start panel: put focus on the quiz heading, outside this island.
            requestAnimationFrame(() => document.getElementById('quiz-heading')?.focus());
          }}
        />
      </>
    );
  }

  const failed = options !== null && running.state === 'failed';
  return (
    <>
      <ProgressNotice />
      {lms}
      {options === null && Notice !== null && (
        <Notice
          quizId={quizId}
          onResume={(draft) =>
            start({
              mode: draft.mode,
              timeLimitSeconds: draft.timeLimitSeconds,
              askConfidence: draft.askConfidence,
              resume: draft,
            })
          }
        />
      )}
      {options === null && <StartPanel modes={modes} timeLimitMinutes={timeLimitMinutes} onStart={start} />}
      {options !== null && running.state === 'loading' && <p role="status">{t('quiz.start.loading')}</p>}
      {failed && (
        <div class="notice" role="alert">
          <p>{t('quiz.loadFailed')}</p>
          <button type="button" class="button-quiet" onClick={() => start(options)}>
            {t('quiz.loadRetry')}
          </button>
        </div>
      )}
      {failed && children}
    </>
  );
}

const EXTENSIONS = [1, 2, 10] as const;

interface StartPanelProps {
  modes: readonly QuizMode[];
  timeLimitMinutes: number | undefined;
  onStart: (options: SessionOptions) => void;
}

/** Mode, time limit (which the learner can extend tenfold or turn off) and confidence, then start. */
function StartPanel({ modes, timeLimitMinutes: limit, onStart }: StartPanelProps) {
  const [mode, setMode] = useState<SessionOptions['mode']>(modes[0] ?? 'practice');
  const [factor, setFactor] = useState<number | null>(1);
  const [askConfidence, setAskConfidence] = useState(false);

  const submit = (event: Event) => {
    event.preventDefault();
    const timeLimitSeconds =
      mode === 'exam' && limit !== undefined && factor !== null ? limit * factor * 60 : null;
    onStart({ mode, timeLimitSeconds, askConfidence });
  };

  return (
    <form class="quiz-start" onSubmit={submit}>
      {modes.length === 1 ? (
        <p>{t(mode === 'practice' ? 'quiz.start.practice' : 'quiz.start.exam')}</p>
      ) : (
        <fieldset>
          <legend>{t('quiz.start.mode')}</legend>
          {modes.map((value) => (
            <label class="option" key={value}>
              <input
                type="radio"
                name="quiz-mode"
                value={value}
                checked={mode === value}
                onChange={() => setMode(value)}
              />
              {t(value === 'practice' ? 'quiz.start.practice' : 'quiz.start.exam')}
            </label>
          ))}
        </fieldset>
      )}
      {mode === 'exam' && limit !== undefined && (
        <fieldset>
          <legend>{t('quiz.start.time')}</legend>
          {[...EXTENSIONS, null].map((value) => (
            <label class="option" key={String(value)}>
              <input
                type="radio"
                name="quiz-time"
                checked={factor === value}
                onChange={() => setFactor(value)}
              />
              {value === null
                ? t('quiz.start.timeOff')
                : t(value === 1 ? 'quiz.start.timeSuggested' : 'quiz.start.timeExtended', {
                    minutes: limit * value,
                  })}
            </label>
          ))}
        </fieldset>
      )}
      <label class="option">
        <input
          type="checkbox"
          checked={askConfidence}
          onChange={(event) => setAskConfidence(event.currentTarget.checked)}
        />
        {t('quiz.start.confidence')}
      </label>
      <button type="submit" class="button">
        {t(mode === 'practice' ? 'quiz.start.go.practice' : 'quiz.start.go.exam')}
      </button>
    </form>
  );
}
