import type { ComponentChildren, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Quiz } from '../schemas/quiz';
import { EXAM_DRAFT_KEY } from '../stores/keys';
import { $progress, recordVisit } from '../stores/progress';
import { storedText } from '../stores/storage';
import { summarizeQuiz } from '../lib/progress/summary';
import { t } from '../i18n/en';
import { ProgressNotice } from './ProgressNotice';
import { useMounted } from './use-mounted';
import { quizDataHref } from '../lib/course/routes';
import type { QuizScope, SessionOptions, SessionProps } from './quiz/QuizSession';
import type { DraftNoticeProps } from './quiz/DraftNotice';
import type { QuizMode } from '../lib/progress/types';
import { isCmi5Launch } from '../lib/cmi5/detect';
import { useAtom } from './use-atom';

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
  /**
   * Server-rendered "loading" notice (slot `loading`), shown until the island runs; its words are
   * server-only, and CSS turns it into "has not started" if this code never runs.
   */
  loading?: ComponentChildren;
  /** Server-rendered list of the questions (lesson quizzes), shown until the island runs and if loading fails. */
  children?: ComponentChildren;
}

type Running =
  | { state: 'loading' }
  | { state: 'failed' }
  | { state: 'ready'; quiz: Quiz; Session: FunctionComponent<SessionProps> };

/**
 * The quiz's start panel: choose practice or exam, the time limit and confidence ratings, then
 * start. Only then do the quiz data and the session's code (`quiz/QuizSession.tsx`) load, so a
 * reader who never takes the quiz downloads neither. Without JavaScript the server-rendered
 * questions stay readable.
 */
export default function QuizIsland(props: QuizIslandProps) {
  const { lessonId, moduleId, quizId, modes, timeLimitMinutes, scope, moduleNames, loading, children } =
    props;
  const mounted = useMounted();
  const progress = useAtom($progress);
  const [options, setOptions] = useState<SessionOptions | null>(null);
  const [running, setRunning] = useState<Running>({ state: 'loading' });
  const [Notice, setNotice] = useState<FunctionComponent<DraftNoticeProps> | null>(null);
  const [Lms, setLms] = useState<FunctionComponent<{ quizId: string }> | null>(null);

  useEffect(() => {
    if (lessonId !== undefined) recordVisit(lessonId);
  }, [lessonId]);

  useEffect(() => {
    if (!mayHaveDraft(quizId)) return;
    import('./quiz/DraftNotice').then((module) => setNotice(() => module.DraftNotice)).catch(() => undefined);
  }, [quizId]);

  // Launched from an LMS (cmi5 parameters in the address): load the cmi5 runtime, which reports
  // this quiz's next full attempt to the LMS's LRS. Other visits never load it.
  useEffect(() => {
    if (isCmi5Launch(location.search))
      import('./Cmi5Notice').then((module) => setLms(() => module.Cmi5Notice)).catch(() => undefined);
  }, []);

  const lms = Lms && <Lms quizId={quizId} />;

  const start = (chosen: SessionOptions) => {
    setOptions(chosen);
    if (running.state === 'ready') return;
    setRunning({ state: 'loading' });
    const data = fetch(quizDataHref(quizId)).then((response) =>
      response.ok ? (response.json() as Promise<Quiz>) : Promise.reject(new Error(`${response.status}`)),
    );
    Promise.all([data, import('./quiz/QuizSession')])
      .then(([quiz, module]) =>
        setRunning(
          Array.isArray(quiz?.questions)
            ? { state: 'ready', quiz, Session: module.QuizSession }
            : { state: 'failed' },
        ),
      )
      .catch(() => setRunning({ state: 'failed' }));
  };

  if (options !== null && running.state === 'ready') {
    const { Session, quiz } = running;
    return (
      <>
        {lms}
        <Session
          quiz={quiz}
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

  // Server render and first paint: a word that the quiz is loading, which turns into "has not
  // started" by CSS alone if this code never runs or JavaScript is off (quiz.css), and the
  // readable list of a lesson quiz. Once running, the start panel replaces them; the list comes
  // back only if the quiz data cannot be loaded.
  if (!mounted) {
    return (
      <>
        {loading}
        {children}
      </>
    );
  }
  const summary = summarizeQuiz(progress, quizId);
  const failed = options !== null && running.state === 'failed';
  return (
    <>
      {summary.best !== null && (
        <p class="quiz-status">
          {summary.passed ? (
            <strong class="status-completed">{t('progress.status.completed')}</strong>
          ) : (
            t('progress.status.notPassed')
          )}
          {' · '}
          {t('progress.best', { percent: summary.best.percent })}
        </p>
      )}
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
