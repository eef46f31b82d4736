import type { Ref } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Question, Quiz } from '../../schemas/quiz';
import { arrangeQuiz, type Arrangement } from '../../lib/quiz/shuffle';
import { newSeed } from '../../lib/quiz/random';
import { gradeQuiz, scoreByTag, type QuizResult } from '../../lib/quiz/grade-quiz';
import { scoreResponse, validateResponse } from '../../lib/quiz/registry';
import type { Response, Score } from '../../lib/quiz/types';
import type { Confidence, QuizMode } from '../../lib/progress/types';
import { recordQuizAttempt } from '../../stores/progress';
import { compactProgress } from '../../lib/progress/compact';
import { ts } from '../../i18n/en-session';
import { ProgressNotice } from '../ProgressNotice';
import { QuestionView } from './QuestionView';
import { Results } from './Results';
import { useCountdown } from './use-countdown';

/** What the learner chose on the start panel. */
export interface SessionOptions {
  mode: QuizMode;
  /** Exam time limit after the learner's choice; null when untimed. */
  timeLimitSeconds: number | null;
  /** Whether to ask "how sure are you?" with each answer. */
  askConfidence: boolean;
}

export interface SessionProps {
  quiz: Quiz;
  quizId: string;
  moduleId?: string | undefined;
  options: SessionOptions;
  /** Back to the start panel. */
  onRestart: () => void;
  /**
   * A spaced-repetition review: each checked answer updates the review deck, and no quiz attempt
   * is recorded. Question ids are review keys (`<quiz>/<question>`).
   */
  review?: boolean;
}

/** One pass through a set of questions, with its own seed. */
interface Run extends Arrangement {
  key: number;
  seed: number;
  mode: QuizMode;
  timeLimitSeconds: number | null;
}

function newRun(quiz: Quiz, options: SessionOptions, only: readonly string[] | null, key: number): Run {
  const seed = newSeed();
  // A retry asks exactly the missed questions, reshuffled, as practice.
  const source =
    only === null
      ? quiz
      : { ...quiz, draw: undefined, questions: quiz.questions.filter((q) => only.includes(q.id)) };
  return {
    ...arrangeQuiz(source, seed),
    key,
    seed,
    mode: only === null ? options.mode : 'practice',
    timeLimitSeconds: only === null ? options.timeLimitSeconds : null,
  };
}

/** A quiz in progress: practice or exam, then results. Loaded only when the learner starts. */
export function QuizSession({ quiz, quizId, moduleId, options, onRestart, review = false }: SessionProps) {
  const [run, setRun] = useState(() => newRun(quiz, options, null, 0));
  return (
    <RunView
      key={run.key}
      quiz={quiz}
      quizId={quizId}
      moduleId={moduleId}
      run={run}
      askConfidence={options.askConfidence}
      review={review}
      onRetryMissed={(ids) => setRun(newRun(quiz, options, ids, run.key + 1))}
      onRestart={onRestart}
    />
  );
}

interface RunViewProps {
  quiz: Quiz;
  quizId: string;
  moduleId?: string | undefined;
  run: Run;
  askConfidence: boolean;
  review: boolean;
  onRetryMissed: (questionIds: string[]) => void;
  onRestart: () => void;
}

// Changing review cards loads the scheduler, so it is imported when needed, not with the session.
const reviewActions = () => import('../../stores/review-actions');

type View =
  { kind: 'question'; index: number } | { kind: 'review' } | { kind: 'results'; result: QuizResult };

function RunView(props: RunViewProps) {
  const { quiz, quizId, moduleId, run, askConfidence, review, onRetryMissed, onRestart } = props;
  const questions = run.questionIds.flatMap((id) => quiz.questions.filter((question) => question.id === id));
  const [view, setView] = useState<View>({ kind: 'question', index: 0 });
  const [responses, setResponses] = useState<Record<string, Response>>({});
  const [confidence, setConfidence] = useState<Record<string, Confidence>>({});
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [flagged, setFlagged] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [startedAt] = useState(() => Date.now());
  const heading = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef(true);
  const exam = run.mode === 'exam';

  useEffect(() => {
    if (focusNext.current) heading.current?.focus();
    focusNext.current = false;
    // Load the review code on the last question or the review screen, so that when the quiz ends
    // the misses are saved at once, before the learner can leave the page.
    const nearEnd =
      view.kind === 'review' || (view.kind === 'question' && view.index === questions.length - 1);
    if (nearEnd) void reviewActions();
  }, [view, questions.length]);

  const go = (next: View) => {
    focusNext.current = true;
    setMessage('');
    setView(next);
  };

  const finish = (latest = responses, expired = false) => {
    const result = gradeQuiz(quiz, run.questionIds, latest);
    if (!review) {
      recordQuizAttempt(
        {
          quizId,
          earned: result.earned,
          total: result.total,
          passed: result.passed,
          mode: run.mode,
          seed: run.seed,
          questionIds: run.questionIds,
          responses: latest,
          confidence,
          durationSeconds: Math.round((Date.now() - startedAt) / 1000),
          tagScores: scoreByTag(result, moduleId),
        },
        // Folds old attempts into totals so stored progress stays small (loaded with the session).
        compactProgress,
      );
      // Wrong, unanswered and "not sure" answers join the review deck.
      void reviewActions().then(({ addMissesFromAttempt, outcomesOf }) =>
        addMissesFromAttempt({ quizId, questionIds: run.questionIds, confidence }, outcomesOf(result)),
      );
    }
    const score = ts('result.score', { earned: result.earned, total: result.total, percent: result.percent });
    setAnnouncement(expired ? `${ts('timer.expired')} ${score}` : score);
    go({ kind: 'results', result });
  };

  const timer = useCountdown(view.kind === 'results' ? null : run.timeLimitSeconds, setAnnouncement, () =>
    finish(responses, true),
  );

  let body;
  if (view.kind === 'results') {
    body = (
      <Results
        quiz={quiz}
        result={view.result}
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
    // An ordering question starts answered: the shown order is the learner's first answer.
    const response = responses[question.id] ?? (question.type === 'ordering' ? order : undefined);
    // What "nothing yet" looks like for this type, so validation says what is missing.
    const answer: Response = response ?? (question.type === 'categorize' ? {} : []);
    const isLast = view.index === questions.length - 1;
    const setResponse = (value: Response) => {
      setMessage('');
      setResponses({ ...responses, [question.id]: value });
    };

    const submit = (event: Event) => {
      event.preventDefault();
      if (exam) {
        go(isLast ? { kind: 'review' } : { kind: 'question', index: view.index + 1 });
        return;
      }
      if (!isChecked) {
        const validation = validateResponse(question, answer);
        if (validation.type === 'invalid') {
          const text = ts(`invalid.${validation.code}`);
          setMessage(text);
          setAnnouncement(text);
          return;
        }
        if (response !== undefined) setResponses({ ...responses, [question.id]: response });
        const checkedScore = scoreResponse(question, answer);
        setAnnouncement(verdict(checkedScore));
        setChecked(new Set([...checked, question.id]));
        if (review) {
          const outcome = checkedScore.correct
            ? 'correct'
            : checkedScore.earned > 0
              ? 'partial'
              : 'incorrect';
          const sure = confidence[question.id] !== 'unsure';
          void reviewActions().then(({ recordReviewAnswer }) =>
            recordReviewAnswer(question.id, outcome, sure),
          );
        }
        return;
      }
      if (isLast) finish({ ...responses });
      else {
        setAnnouncement('');
        go({ kind: 'question', index: view.index + 1 });
      }
    };

    const score = isChecked ? scoreResponse(question, answer) : null;
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
            onGoTo={(index) => go({ kind: 'question', index })}
          />
        )}
        <form onSubmit={submit} noValidate>
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
                    onChange={() => setConfidence({ ...confidence, [question.id]: value })}
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
                  const next = new Set(flagged);
                  if (!next.delete(question.id)) next.add(question.id);
                  setFlagged(next);
                }}
              >
                {ts('exam.flag')}
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

/** "Correct.", "Partly right: N % of this question." or "Not quite.", for a checked answer. */
const verdict = ({ correct, earned }: Score) =>
  correct
    ? ts('feedback.correct')
    : earned > 0
      ? ts('feedback.partial', { percent: Math.floor(earned * 100) })
      : ts('feedback.incorrect');

function Feedback({ question, score }: { question: Question; score: Score }) {
  return (
    <div class={`feedback ${score.correct ? 'feedback-right' : 'feedback-wrong'}`}>
      <p class="feedback-verdict">{verdict(score)}</p>
      <p>{question.explanation}</p>
      <p class="feedback-source">
        {ts('feedback.source')} <a href={question.source.url}>{question.source.title}</a>
      </p>
    </div>
  );
}

interface NavigatorProps {
  questions: readonly Question[];
  current: number;
  responses: Readonly<Record<string, Response>>;
  flagged: ReadonlySet<string>;
  onGoTo: (index: number) => void;
}

/** Buttons to jump to any question, each saying whether it is answered and flagged. */
function ExamNavigator({ questions, current, responses, flagged, onGoTo }: NavigatorProps) {
  return (
    <nav class="exam-nav" aria-label={ts('exam.navigator')}>
      <ol role="list">
        {questions.map((question, index) => {
          const answered = isAnswered(question, responses);
          const state = [
            ts(answered ? 'exam.navAnswered' : 'exam.navUnanswered'),
            ...(flagged.has(question.id) ? [ts('exam.navFlagged')] : []),
          ].join(', ');
          return (
            <li key={question.id}>
              <button
                type="button"
                class={`exam-nav-item${answered ? ' is-answered' : ''}${flagged.has(question.id) ? ' is-flagged' : ''}`}
                aria-current={index === current ? 'step' : undefined}
                aria-label={`${ts('exam.navItem', { number: index + 1 })}, ${state}`}
                onClick={() => onGoTo(index)}
              >
                {index + 1}
                {flagged.has(question.id) ? ' ⚑' : ''}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/** A question counts as answered once its response passes validation. */
function isAnswered(question: Question, responses: Readonly<Record<string, Response>>): boolean {
  const response = responses[question.id];
  return response !== undefined && validateResponse(question, response).type === 'valid';
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
  const unanswered = numbered.filter(({ question }) => !isAnswered(question, responses));
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
