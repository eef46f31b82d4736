import type { ComponentChildren, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { Quiz } from '../schemas/quiz';
import { $progress, recordVisit } from '../stores/progress';
import { summarizeQuiz } from '../lib/progress/summary';
import { t } from '../i18n/en';
import { ProgressNotice } from './ProgressNotice';
import { useMounted } from './use-mounted';
import type { SessionOptions, SessionProps } from './quiz/QuizSession';

export interface QuizIslandProps {
  /** Lesson the quiz belongs to: mounting the island records a visit to it. */
  lessonId: string;
  /** Module of the lesson, for results by module. */
  moduleId: string;
  /** Quiz id (file name), stored with each attempt. */
  quizId: string;
  /** Address of the quiz JSON, answers included (`src/pages/quizzes/[id].json.ts`). */
  dataUrl: string;
  /** Server-rendered list of the questions, shown until a session starts. */
  children?: ComponentChildren;
}

type Loaded = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; quiz: Quiz };

/**
 * The quiz's start panel: choose practice or exam, the time limit and confidence ratings, then
 * start. The session itself (`quiz/QuizSession.tsx`) loads only then, so reading a lesson costs
 * no more JavaScript than this panel. Until then, and without JavaScript, the server-rendered
 * questions stay readable.
 */
export default function QuizIsland({ lessonId, moduleId, quizId, dataUrl, children }: QuizIslandProps) {
  const mounted = useMounted();
  const progress = useStore($progress);
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [retries, setRetries] = useState(0);
  const [options, setOptions] = useState<SessionOptions | null>(null);
  const [Session, setSession] = useState<FunctionComponent<SessionProps> | null>(null);

  useEffect(() => recordVisit(lessonId), [lessonId]);
  useEffect(() => {
    let live = true;
    fetch(dataUrl)
      .then((response) => (response.ok ? (response.json() as Promise<Quiz>) : Promise.reject()))
      .then((quiz) => {
        if (live) setLoaded(Array.isArray(quiz?.questions) ? { state: 'ready', quiz } : { state: 'failed' });
      })
      .catch(() => live && setLoaded({ state: 'failed' }));
    return () => {
      live = false;
    };
  }, [dataUrl, retries]);

  // The session's code loads when the learner starts, not with the page.
  const start = (chosen: SessionOptions) => {
    setOptions(chosen);
    if (Session !== null) return;
    import('./quiz/QuizSession')
      .then((module) => setSession(() => module.QuizSession))
      .catch(() => {
        setOptions(null);
        setLoaded({ state: 'failed' });
      });
  };

  if (loaded.state === 'ready' && options !== null && Session !== null) {
    return (
      <Session
        quiz={loaded.quiz}
        quizId={quizId}
        moduleId={moduleId}
        options={options}
        onRestart={() => {
          setOptions(null);
          // Back to the start panel: put focus on the quiz heading, outside this island.
          requestAnimationFrame(() => document.getElementById('quiz-heading')?.focus());
        }}
      />
    );
  }

  // Server render and first paint: the readable list and a word on JavaScript. Once running, the
  // start panel replaces them; the list comes back only if the quiz cannot be loaded.
  if (!mounted) {
    return (
      <>
        <p class="notice">{t('quiz.needsJavaScript')}</p>
        {children}
      </>
    );
  }
  const summary = summarizeQuiz(progress, quizId);
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
      {loaded.state === 'loading' && <p role="status">{t('quiz.start.loading')}</p>}
      {loaded.state === 'failed' && (
        <div class="notice" role="alert">
          <p>{t('quiz.loadFailed')}</p>
          <button type="button" class="button-quiet" onClick={() => setRetries(retries + 1)}>
            {t('quiz.loadRetry')}
          </button>
        </div>
      )}
      {loaded.state === 'ready' &&
        (options === null ? (
          <StartPanel quiz={loaded.quiz} onStart={start} />
        ) : (
          <p role="status">{t('quiz.start.loading')}</p>
        ))}
      {loaded.state === 'failed' && children}
    </>
  );
}

const EXTENSIONS = [1, 2, 10] as const;

/** Mode, time limit (which the learner can extend tenfold or turn off) and confidence, then start. */
function StartPanel({ quiz, onStart }: { quiz: Quiz; onStart: (options: SessionOptions) => void }) {
  const [mode, setMode] = useState<SessionOptions['mode']>('practice');
  const [factor, setFactor] = useState<number | null>(1);
  const [askConfidence, setAskConfidence] = useState(false);
  const limit = quiz.timeLimitMinutes;

  const submit = (event: Event) => {
    event.preventDefault();
    const timeLimitSeconds =
      mode === 'exam' && limit !== undefined && factor !== null ? limit * factor * 60 : null;
    onStart({ mode, timeLimitSeconds, askConfidence });
  };

  return (
    <form class="quiz-start" onSubmit={submit}>
      <fieldset>
        <legend>{t('quiz.start.mode')}</legend>
        {(['practice', 'exam'] as const).map((value) => (
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
