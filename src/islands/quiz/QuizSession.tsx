import type { Ref } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Question, Quiz } from '../../schemas/quiz';
import { arrangeQuiz, type Arrangement } from '../../lib/quiz/shuffle';
import { newSeed } from '../../lib/quiz/random';
import { gradeQuiz, type QuizResult } from '../../lib/quiz/grade-quiz';
import {
  initialResponse,
  initialResponses,
  isAnswered,
  scoreResponse,
  validateResponse,
  verdictOf,
} from '../../lib/quiz/registry';
import type { ExamDraft } from '../../lib/quiz/draft';
import { draftFitsQuiz } from '../../lib/quiz/draft-fit';
import type { Response, Score } from '../../lib/quiz/types';
import { REVIEW_QUIZ_ID, type AttemptKind, type Confidence, type QuizMode } from '../../lib/progress/types';
import { prepareQuizResult, recordQuizResult } from '../../stores/quiz-results';
import { shownPoints } from '../../lib/quiz/shown-points';
import { ts } from '../../i18n/en-session';
import { ProgressNotice } from '../ProgressNotice';
import { QuestionView } from './QuestionView';
import type { Expiry, QuizScope } from './Results';
import { useCountdown } from './use-countdown';

export type { QuizScope };
// The session's loader, in the same chunk: starting a quiz is one request for code.
export { prepareAttempt, loadReviewQuestions } from './attempt';

/** What the learner chose on the start panel. */
export interface SessionOptions {
  mode: QuizMode;
  /** Exam time limit after the learner's choice; null when untimed. */
  timeLimitSeconds: number | null;
  /** Whether to ask "how sure are you?" with each answer. */
  askConfidence: boolean;
  /** An unfinished exam to resume (its own mode, time and confidence choice win). */
  resume?: ExamDraft | undefined;
}

export interface SessionProps {
  quiz: Quiz;
  quizId: string;
  moduleId?: string | undefined;
  options: SessionOptions;
  /** Back to the start panel. */
  onRestart: () => void;
  /**
   * A spaced-repetition review: each checked answer updates the review deck, and the session is
   * recorded as a `review` attempt (never a quiz result). Question ids are review keys
   * (`<quiz>/<question>`).
   */
  review?: boolean;
  /** Where the quiz is, for the advice after a result: a lesson quiz (default), a module quiz or the final. */
  scope?: QuizScope | undefined;
  /** Module titles by id, for the final assessment's advice. */
  moduleNames?: Readonly<Record<string, string>> | undefined;
  /**
   * The first attempt's seed and arrangement, when they were drawn before `quiz` loaded (`quiz`
   * then holds just the questions asked, see `prepareAttempt`); otherwise drawn from `quiz`.
   */
  first?: (Arrangement & { seed: number }) | undefined;
}

/** One pass through a set of questions, with its own seed. */
interface Run extends Arrangement {
  key: number;
  seed: number;
  kind: AttemptKind;
  mode: QuizMode;
  timeLimitSeconds: number | null;
  /** The unfinished exam this run resumes, if any. */
  draft: ExamDraft | undefined;
}

function newRun(
  quiz: Quiz,
  options: SessionOptions,
  only: readonly string[] | null,
  key: number,
  review: boolean,
  first?: Arrangement & { seed: number },
): Run {
  const draft = only === null ? options.resume : undefined;
  if (draft !== undefined) {
    const { seed, questionIds, order, mode, timeLimitSeconds } = draft;
    return { key, seed, questionIds, order, kind: 'quiz', mode, timeLimitSeconds, draft };
  }
  if (only === null && first !== undefined) {
    const { mode, timeLimitSeconds } = options;
    return { ...first, key, kind: review ? 'review' : 'quiz', mode, timeLimitSeconds, draft: undefined };
  }
  const seed = newSeed();
  // A retry asks exactly the missed questions, reshuffled, as practice with no time limit.
  const source =
    only === null
      ? quiz
      : {
          ...quiz,
          draw: undefined,
          drawOwn: undefined,
          questions: quiz.questions.filter((q) => only.includes(q.id)),
        };
  return {
    ...arrangeQuiz(source, seed),
    key,
    seed,
    kind: review ? 'review' : only === null ? 'quiz' : 'retry',
    mode: only === null ? options.mode : 'practice',
    timeLimitSeconds: only === null ? options.timeLimitSeconds : null,
    draft: undefined,
  };
}

/** A quiz in progress: practice or exam, then results. Loaded only when the learner starts. */
export function QuizSession(props: SessionProps) {
  const { quiz, quizId, review = false, onRestart } = props;
  // A draft whose questions are no longer in the quiz (or have other parts) cannot be resumed.
  const [stale] = useState(
    () => props.options.resume !== undefined && !draftFitsQuiz(props.options.resume, quiz),
  );
  const options = stale ? { ...props.options, resume: undefined } : props.options;
  const [run, setRun] = useState(() => newRun(quiz, options, null, 0, review, props.first));
  useEffect(() => {
    if (stale) discardDraft(quizId);
  }, [stale, quizId]);
  if (stale) {
    return (
      <div class="notice notice-warning" role="alert">
        <p>{ts('draft.changed')}</p>
        <button type="button" class="button-quiet" onClick={onRestart}>
          {ts('draft.back')}
        </button>
      </div>
    );
  }
  return (
    <RunView
      {...props}
      key={run.key}
      run={run}
      askConfidence={run.draft?.askConfidence ?? options.askConfidence}
      review={review}
      scope={props.scope ?? 'lesson'}
      onRetryMissed={(ids) => setRun(newRun(quiz, options, ids, run.key + 1, review))}
    />
  );
}

interface RunViewProps extends Omit<SessionProps, 'options' | 'scope'> {
  run: Run;
  askConfidence: boolean;
  review: boolean;
  scope: QuizScope;
  onRetryMissed: (questionIds: string[]) => void;
}

// Changing review cards loads the scheduler, so it is imported when needed, not with the session.
const reviewActions = () => import('../../stores/review-actions');
// The results view (with the topic names and the advice) loads near the end, not with the start.
const resultsView = () => import('./Results');
type ResultsModule = Awaited<ReturnType<typeof resultsView>>;
// The draft store (and its decoder) loads once an exam has something worth keeping.
const examDrafts = () => import('../../stores/exam-draft');
const discardDraft = (quizId: string) => void examDrafts().then((store) => store.discardExamDraft(quizId));

type View =
  | { kind: 'question'; index: number }
  | { kind: 'review' }
  | { kind: 'results'; result: QuizResult; expired: Expiry; seconds: number };

const toggled = (set: ReadonlySet<string>, id: string) => {
  const next = new Set(set);
  if (!next.delete(id)) next.add(id);
  return next;
};

function RunView(props: RunViewProps) {
  const { quiz, quizId, moduleId, run, askConfidence, review, onRetryMissed, onRestart } = props;
  const { draft } = run;
  const questions = run.questionIds.flatMap((id) => quiz.questions.filter((question) => question.id === id));
  const [view, setView] = useState<View>({ kind: 'question', index: draft?.current ?? 0 });
  const [responses, setResponses] = useState<Record<string, Response>>(
    () => draft?.responses ?? initialResponses(questions, run.order),
  );
  const [confidence, setConfidence] = useState<Record<string, Confidence>>(draft?.confidence ?? {});
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [flagged, setFlagged] = useState<ReadonlySet<string>>(new Set(draft?.flagged));
  // The exam's question navigator starts open on a wide screen, folded on a phone.
  const [navOpen, setNavOpen] = useState(() => window.matchMedia('(min-width: 40rem)').matches);
  // Whether the learner has done anything yet: only then is a draft kept and leaving warned about.
  const [touched, setTouched] = useState(draft !== undefined);
  const [message, setMessage] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [startedAt] = useState(() => (draft === undefined ? Date.now() : Date.parse(draft.startedAt)));
  const [deadline] = useState(() => {
    if (draft !== undefined) return draft.deadline === null ? null : Date.parse(draft.deadline);
    return run.timeLimitSeconds === null ? null : startedAt + run.timeLimitSeconds * 1000;
  });
  const heading = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef(true);
  const [resultsModule, setResultsModule] = useState<ResultsModule | 'failed' | null>(null);
  const loadResults = () =>
    resultsView().then(
      (module) => setResultsModule(module),
      () => setResultsModule('failed'),
    );
  const exam = run.mode === 'exam';
  // Only a full exam keeps a draft: practice gives feedback as it goes, a retry is short.
  const keepsDraft = exam && run.kind === 'quiz';
  const running = view.kind !== 'results';

  useEffect(() => {
    if (focusNext.current) focusHeading(heading.current, view.kind === 'results');
    focusNext.current = false;
    // Fetch what recording the result needs (compaction, the review code) and the results view
    // on the last question or the review screen, so the end of a quiz is saved and shown at once.
    const nearEnd =
      view.kind === 'review' || (view.kind === 'question' && view.index === questions.length - 1);
    if (nearEnd) {
      prepareQuizResult();
      void loadResults();
    }
  }, [view, questions.length]);

  // Results that arrive after the quiz ended take the focus their placeholder had.
  useEffect(() => {
    if (view.kind === 'results' && resultsModule !== null && resultsModule !== 'failed')
      focusHeading(heading.current, true);
  }, [resultsModule]);

  // Load the draft store as the exam starts, so the first answer is kept at once.
  useEffect(() => {
    if (keepsDraft) void examDrafts();
  }, [keepsDraft]);

  // The draft follows every change of a running exam; it goes when the exam is submitted.
  const current = view.kind === 'question' ? view.index : questions.length - 1;
  useEffect(() => {
    if (!keepsDraft || !touched || !running) return;
    const draft: ExamDraft = {
      quizId,
      mode: run.mode,
      seed: run.seed,
      questionIds: run.questionIds,
      order: run.order,
      responses,
      flagged: [...flagged],
      confidence,
      askConfidence,
      current,
      startedAt: new Date(startedAt).toISOString(),
      deadline: deadline === null ? null : new Date(deadline).toISOString(),
      timeLimitSeconds: run.timeLimitSeconds,
    };
    void examDrafts().then((store) => store.saveExamDraft(draft));
  }, [keepsDraft, touched, running, responses, flagged, confidence, current]);

  // Leaving a running exam with answers in it asks first (the draft is kept either way).
  useEffect(() => {
    if (!keepsDraft || !touched || !running) return undefined;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [keepsDraft, touched, running]);

  const go = (next: View) => {
    focusNext.current = true;
    setMessage('');
    setView(next);
  };

  const finish = (latest = responses, expired: Expiry = null) => {
    const result = gradeQuiz(quiz, run.questionIds, latest);
    const seconds = Math.round(((expired === null ? Date.now() : (deadline ?? 0)) - startedAt) / 1000);
    if (keepsDraft) discardDraft(quizId);
    void recordQuizResult({
      quizId: review ? REVIEW_QUIZ_ID : quizId,
      kind: run.kind,
      mode: run.mode,
      seed: run.seed,
      questionIds: run.questionIds,
      responses: latest,
      confidence,
      result,
      moduleId,
      durationSeconds: seconds,
    });
    const score = scoreText(result);
    setAnnouncement(expired === null ? score : `${ts(`timer.${expired}`)} ${score}`);
    if (resultsModule === null || resultsModule === 'failed') void loadResults();
    go({ kind: 'results', result, expired, seconds });
  };

  // A resumed exam whose time ran out while the learner was away is graded as it was left.
  useEffect(() => {
    if (draft !== undefined && deadline !== null && deadline <= Date.now()) finish(responses, 'expiredAway');
  }, []);

  const timer = useCountdown(running ? deadline : null, run.timeLimitSeconds, setAnnouncement, () =>
    finish(responses, 'expired'),
  );

  let body;
  const loaded = resultsModule === null || resultsModule === 'failed' ? null : resultsModule;
  if (view.kind === 'results') {
    const { result, expired, seconds } = view;
    // The score is known at once; the full results follow when their code has loaded.
    body =
      loaded === null ? (
        <section aria-labelledby="quiz-result-heading">
          <h3 id="quiz-result-heading" tabIndex={-1} ref={heading}>
            {ts('result.heading')}
          </h3>
          <p>{scoreText(result)}</p>
          {resultsModule === null ? (
            <p role="status">{ts('result.loading')}</p>
          ) : (
            <div class="notice" role="alert">
              <p>{ts('result.loadFailed')}</p>
              <button type="button" class="button-quiet" onClick={() => void loadResults()}>
                {ts('result.loadRetry')}
              </button>
            </div>
          )}
        </section>
      ) : (
        <loaded.Results
          quiz={quiz}
          result={result}
          kind={run.kind}
          expired={expired}
          seconds={seconds}
          scope={props.scope}
          moduleNames={props.moduleNames}
          responses={responses}
          confidence={confidence}
          moduleId={moduleId}
          headingRef={heading}
          onRetryMissed={onRetryMissed}
          onRestart={onRestart}
        />
      );
  } else if (view.kind === 'review') {
    body = (
      <ExamReview
        questions={questions}
        responses={responses}
        flagged={flagged}
        headingRef={heading}
        onGoTo={(index) => go({ kind: 'question', index })}
        onSubmit={() => finish()}
      />
    );
  } else {
    const question = questions[view.index];
    if (question === undefined) return null;
    const isChecked = checked.has(question.id);
    const order = run.order[question.id] ?? [];
    const response = responses[question.id] ?? initialResponse(question, order);
    const isLast = view.index === questions.length - 1;
    const setResponse = (value: Response) => {
      setMessage('');
      setTouched(true);
      setResponses({ ...responses, [question.id]: value });
    };

    const submit = (event: Event) => {
      event.preventDefault();
      if (exam) {
        go(isLast ? { kind: 'review' } : { kind: 'question', index: view.index + 1 });
        return;
      }
      if (!isChecked) {
        const validation = validateResponse(question, response);
        if (validation.type === 'invalid') {
          const text = ts(`invalid.${validation.code}`);
          setMessage(text);
          setAnnouncement(text);
          return;
        }
        const checkedScore = scoreResponse(question, response);
        setAnnouncement(verdictText(question, checkedScore));
        setChecked(new Set([...checked, question.id]));
        if (review) {
          const sure = confidence[question.id] !== 'unsure';
          const verdict = verdictOf(question, checkedScore);
          void reviewActions().then(({ recordReviewAnswer }) =>
            recordReviewAnswer(question.id, verdict, sure),
          );
        }
        return;
      }
      if (isLast) finish();
      else {
        setAnnouncement('');
        go({ kind: 'question', index: view.index + 1 });
      }
    };

    const score = isChecked ? scoreResponse(question, response) : null;
    const primary = exam
      ? ts(isLast ? 'exam.review' : 'next')
      : isChecked
        ? ts(isLast ? 'finish' : 'next')
        : ts('check');

    body = (
      <>
        {exam && (
          <ExamNavigator
            questions={questions}
            current={view.index}
            responses={responses}
            flagged={flagged}
            open={navOpen}
            onToggle={() => setNavOpen(!navOpen)}
            onGoTo={(index) => go({ kind: 'question', index })}
          />
        )}
        {/* Keyed by question: each question gets its own inputs, so none shows another's state. */}
        <form key={question.id} onSubmit={submit} noValidate>
          <h3 class="quiz-count" tabIndex={-1} ref={heading}>
            {ts('progress', { current: view.index + 1, total: questions.length })}
          </h3>
          <QuestionView
            question={question}
            order={order}
            response={response}
            onChange={setResponse}
            reveal={isChecked}
            announce={setAnnouncement}
            idPrefix={`${quizId}-${run.key}-${question.id}`}
          />
          {askConfidence && (
            <fieldset class="confidence" disabled={isChecked}>
              <legend>{ts('confidence.legend')}</legend>
              {(['sure', 'unsure'] as const).map((value) => (
                <label class="option" key={value}>
                  <input
                    type="radio"
                    name={`${quizId}-${run.key}-${question.id}-confidence`}
                    checked={confidence[question.id] === value}
                    onChange={() => {
                      setTouched(true);
                      setConfidence({ ...confidence, [question.id]: value });
                    }}
                  />
                  {ts(value === 'sure' ? 'confidence.sure' : 'confidence.unsure')}
                </label>
              ))}
            </fieldset>
          )}
          {!exam && question.hint !== undefined && !isChecked && (
            <details class="hint">
              <summary>{ts('hint.show')}</summary>
              <p>{question.hint}</p>
            </details>
          )}
          {message !== '' && <p class="quiz-message">{message}</p>}
          {score !== null && <Feedback question={question} score={score} />}
          <div class="quiz-actions">
            {exam && view.index > 0 && (
              <button
                type="button"
                class="button-quiet"
                onClick={() => go({ kind: 'question', index: view.index - 1 })}
              >
                {ts('previous')}
              </button>
            )}
            {exam && (
              <button
                type="button"
                class="button-quiet"
                aria-pressed={flagged.has(question.id)}
                onClick={() => {
                  setTouched(true);
                  setFlagged(toggled(flagged, question.id));
                }}
              >
                {ts(flagged.has(question.id) ? 'exam.flagged' : 'exam.flag')}
              </button>
            )}
            <button type="submit" class="button">
              {primary}
            </button>
          </div>
          <ProgressNotice />
        </form>
      </>
    );
  }

  return (
    <div class="quiz-body">
      {timer !== null && (
        <p class="quiz-timer" role="timer">
          {ts('timer.left', { time: timer })}
        </p>
      )}
      {body}
      {/* Keyed and under the same parent in every view, so it stays in the page and is spoken. */}
      <p key="live" class="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}

/** "You scored 7.6 of 10 points (76 %).": points rounded down to one decimal, as the percentage is. */
const scoreText = (result: QuizResult) =>
  ts('result.score', { earned: shownPoints(result.earned), count: result.total, percent: result.percent });

/**
 * Focuses a view's heading. Results scroll their heading to the top of the window, so the summary
 * is what the learner sees first, wherever on the long question they pressed the button.
 */
function focusHeading(heading: HTMLHeadingElement | null, toTop: boolean) {
  if (heading === null) return;
  heading.focus({ preventScroll: toTop });
  if (toTop) heading.scrollIntoView({ block: 'start', behavior: 'instant' });
}

/** "Correct.", "Partly right: N % of this question." or "Not quite.", as the question's kind judges it. */
function verdictText(question: Question, score: Score): string {
  const verdict = verdictOf(question, score);
  return ts(`feedback.${verdict}`, { percent: Math.floor(score.earned * 100) });
}

function Feedback({ question, score }: { question: Question; score: Score }) {
  return (
    <div class={`feedback ${score.correct ? 'feedback-right' : 'feedback-wrong'}`}>
      <p class="feedback-verdict">{verdictText(question, score)}</p>
      <p>{question.explanation}</p>
      <p class="feedback-source">
        {ts('feedback.source')} <a href={question.source.url}>{question.source.title}</a>
      </p>
      {!score.correct && question.learn !== undefined && (
        <p>
          <a href={question.learn.href}>{ts('learn', { label: question.learn.label })}</a>
        </p>
      )}
    </div>
  );
}

interface NavigatorProps {
  questions: readonly Question[];
  current: number;
  responses: Readonly<Record<string, Response>>;
  flagged: ReadonlySet<string>;
  open: boolean;
  onToggle: () => void;
  onGoTo: (index: number) => void;
}

/**
 * A button that folds the navigator ("Questions: 3 of 10 answered, 1 flagged"), a key to its
 * marks, and a button for each question saying whether it is answered and flagged.
 */
function ExamNavigator({ questions, current, responses, flagged, open, onToggle, onGoTo }: NavigatorProps) {
  const answered = questions.map((question) => isAnswered(question, responses[question.id]));
  const flags = questions.filter((question) => flagged.has(question.id)).length;
  const toggle = [
    ts('exam.navToggle', { answered: answered.filter(Boolean).length, count: questions.length }),
    ...(flags > 0 ? [ts('exam.navToggleFlagged', { flagged: flags })] : []),
  ].join(', ');
  const id = useId();
  return (
    <div class="exam-nav-box">
      <button
        type="button"
        class="exam-nav-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={onToggle}
      >
        {toggle}
      </button>
      <nav id={id} class="exam-nav" aria-label={ts('exam.navigator')} hidden={!open}>
        <ol role="list">
          {questions.map((question, index) => {
            const isFlagged = flagged.has(question.id);
            const state = [
              ts(answered[index] ? 'exam.navAnswered' : 'exam.navUnanswered'),
              ...(isFlagged ? [ts('exam.navFlagged')] : []),
            ].join(', ');
            return (
              <li key={question.id}>
                <button
                  type="button"
                  class={`exam-nav-item${answered[index] ? ' is-answered' : ''}${isFlagged ? ' is-flagged' : ''}`}
                  aria-current={index === current ? 'step' : undefined}
                  aria-label={`${ts('exam.navItem', { number: index + 1 })}, ${state}`}
                  onClick={() => onGoTo(index)}
                >
                  {index + 1}
                </button>
              </li>
            );
          })}
        </ol>
        <p class="exam-nav-legend">
          <span class="visually-hidden">{ts('exam.legend')}: </span>
          <span class="legend-answered">{ts('exam.legendAnswered')}</span>
          <span class="legend-flagged">{ts('exam.legendFlagged')}</span>
          <span class="legend-current">{ts('exam.legendCurrent')}</span>
        </p>
      </nav>
    </div>
  );
}

interface ReviewProps {
  questions: readonly Question[];
  responses: Readonly<Record<string, Response>>;
  flagged: ReadonlySet<string>;
  headingRef: Ref<HTMLHeadingElement>;
  onGoTo: (index: number) => void;
  onSubmit: () => void;
}

/** Before submitting an exam: what is unanswered and what was flagged, with links back. */
function ExamReview({ questions, responses, flagged, headingRef, onGoTo, onSubmit }: ReviewProps) {
  const numbered = questions.map((question, index) => ({ question, index }));
  const unanswered = numbered.filter(({ question }) => !isAnswered(question, responses[question.id]));
  const marked = numbered.filter(({ question }) => flagged.has(question.id));
  const list = (entries: typeof numbered) => (
    <ul class="review-list">
      {entries.map(({ question, index }) => (
        <li key={question.id}>
          <button type="button" class="button-quiet" onClick={() => onGoTo(index)}>
            {ts('exam.goTo', { number: index + 1 })}
          </button>{' '}
          {question.prompt}
        </li>
      ))}
    </ul>
  );
  return (
    <section aria-labelledby="exam-review-heading">
      <h3 id="exam-review-heading" tabIndex={-1} ref={headingRef}>
        {ts('exam.reviewHeading')}
      </h3>
      {unanswered.length === 0 ? (
        <p>{ts('exam.reviewAllAnswered')}</p>
      ) : (
        <>
          <h4>{ts('exam.reviewUnanswered', { count: unanswered.length })}</h4>
          {list(unanswered)}
        </>
      )}
      {marked.length > 0 && (
        <>
          <h4>{ts('exam.reviewFlagged', { count: marked.length })}</h4>
          {list(marked)}
        </>
      )}
      <div class="quiz-actions">
        <button type="button" class="button-quiet" onClick={() => onGoTo(0)}>
          {ts('exam.backToQuestions')}
        </button>
        <button type="button" class="button" onClick={onSubmit}>
          {ts('exam.submit')}
        </button>
      </div>
    </section>
  );
}
