import type { ComponentChildren, Ref } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Question, Quiz } from '../schemas/quiz';
import { listChoices, type ChoiceView } from '../lib/quiz/choices';
import { gradeQuiz, type QuizResult } from '../lib/quiz/grade-quiz';
import { scoreResponse, validateResponse } from '../lib/quiz/registry';
import { useStore } from '@nanostores/preact';
import { $progress, recordQuizAttempt, recordVisit } from '../stores/progress';
import { summarizeQuiz, type QuizSummary } from '../lib/progress/summary';
import { t } from '../i18n/en';
import { ProgressNotice } from './ProgressNotice';

export interface QuizIslandProps {
  /** Lesson the quiz belongs to: mounting the island records a visit to it. */
  lessonId: string;
  /** Quiz id (file name), stored with each attempt. */
  quizId: string;
  /** Address of the quiz JSON, answers included (`src/pages/quizzes/[id].json.ts`). */
  dataUrl: string;
  /** Server-rendered list of the questions, shown until the quiz has loaded. */
  children?: ComponentChildren;
}

type Responses = Record<string, string[]>;
type Step = { kind: 'question'; index: number; checked: boolean } | { kind: 'results'; result: QuizResult };

const labels = () => ({ true: t('quiz.true'), false: t('quiz.false') });
const choicesOf = (question: Question): ChoiceView[] => listChoices(question, labels());

type Loaded = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; quiz: Quiz };

/**
 * Loads the quiz data, then runs it. Until then (and without JavaScript) the server-rendered
 * list of questions stays readable.
 */
export default function QuizIsland({ lessonId, quizId, dataUrl, children }: QuizIslandProps) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => recordVisit(lessonId), [lessonId]);
  useEffect(() => {
    let live = true;
    fetch(dataUrl)
      .then((response) => (response.ok ? (response.json() as Promise<Quiz>) : Promise.reject()))
      .then((quiz) => {
        if (!live) return;
        setLoaded(Array.isArray(quiz?.questions) ? { state: 'ready', quiz } : { state: 'failed' });
      })
      .catch(() => live && setLoaded({ state: 'failed' }));
    return () => {
      live = false;
    };
  }, [dataUrl, attempt]);

  if (loaded.state === 'ready') return <QuizRunner quizId={quizId} quiz={loaded.quiz} />;
  return (
    <>
      {loaded.state === 'failed' && (
        <div class="notice" role="alert">
          <p>{t('quiz.loadFailed')}</p>
          <button type="button" class="button-quiet" onClick={() => setAttempt(attempt + 1)}>
            {t('quiz.loadRetry')}
          </button>
        </div>
      )}
      {children}
    </>
  );
}

/**
 * A self-assessment quiz, one question at a time: check each answer, read why every option is
 * right or wrong, then see the score and retry. Grading is `src/lib/quiz`; this only renders.
 */
function QuizRunner({ quizId, quiz }: { quizId: string; quiz: Quiz }) {
  const progress = useStore($progress);
  const [step, setStep] = useState<Step>({ kind: 'question', index: 0, checked: false });
  const [responses, setResponses] = useState<Responses>({});
  const [message, setMessage] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const focusTarget = useRef<HTMLHeadingElement>(null);
  const shouldFocus = useRef(false);

  useEffect(() => {
    if (shouldFocus.current) focusTarget.current?.focus();
    shouldFocus.current = false;
  }, [step]);

  const moveTo = (next: Step) => {
    shouldFocus.current = true;
    setMessage('');
    setStep(next);
  };

  const restart = () => {
    setResponses({});
    setAnnouncement('');
    moveTo({ kind: 'question', index: 0, checked: false });
  };

  const status = <QuizStatus summary={summarizeQuiz(progress, quizId)} />;

  if (step.kind === 'results') {
    return (
      <div class="quiz-body">
        {status}
        <Results quiz={quiz} result={step.result} responses={responses} headingRef={focusTarget} />
        <button type="button" class="button" onClick={restart}>
          {t('quiz.retry')}
        </button>
        <LiveRegion key="live" text={announcement} />
      </div>
    );
  }

  const question = quiz.questions[step.index];
  if (question === undefined) return null;
  const selected = responses[question.id] ?? [];
  const isLast = step.index === quiz.questions.length - 1;

  const select = (choiceId: string, checked: boolean) => {
    setMessage('');
    const next =
      question.type === 'multiple-choice'
        ? checked
          ? [...selected.filter((id) => id !== choiceId), choiceId]
          : selected.filter((id) => id !== choiceId)
        : [choiceId];
    setResponses({ ...responses, [question.id]: next });
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (!step.checked) {
      const validation = validateResponse(question, selected);
      if (validation.type === 'invalid') {
        const text = t(`quiz.invalid.${validation.code}`);
        setMessage(text);
        setAnnouncement(text);
        return;
      }
      const { correct } = scoreResponse(question, selected);
      setAnnouncement(t(correct ? 'quiz.feedback.correct' : 'quiz.feedback.incorrect'));
      setStep({ ...step, checked: true });
      return;
    }
    if (!isLast) {
      setAnnouncement('');
      moveTo({ kind: 'question', index: step.index + 1, checked: false });
      return;
    }
    const result = gradeQuiz(quiz, responses);
    recordQuizAttempt({
      quizId,
      earned: result.earned,
      total: result.total,
      passed: result.passed,
      responses,
    });
    setAnnouncement(
      t('quiz.result.score', { earned: result.earned, total: result.total, percent: result.percent }),
    );
    moveTo({ kind: 'results', result });
  };

  const inputType = question.type === 'multiple-choice' ? 'checkbox' : 'radio';
  const name = `${quizId}-${question.id}`;
  const correct = step.checked && scoreResponse(question, selected).correct;

  return (
    <div class="quiz-body">
      {status}
      <form onSubmit={onSubmit} noValidate>
        <h3 class="quiz-count" tabIndex={-1} ref={focusTarget}>
          {t('quiz.progress', { current: step.index + 1, total: quiz.questions.length })}
        </h3>
        <fieldset disabled={step.checked} aria-describedby={message === '' ? undefined : `${name}-message`}>
          <legend>{question.prompt}</legend>
          {question.type === 'multiple-choice' && <p class="quiz-instruction">{t('quiz.selectAll')}</p>}
          <ul class="choices" role="list">
            {choicesOf(question).map((choice) => {
              const id = `${name}-${choice.id}`;
              const isSelected = selected.includes(choice.id);
              return (
                <li
                  key={choice.id}
                  class={`choice${step.checked && choice.correct ? ' is-right' : ''}${
                    step.checked && isSelected && !choice.correct ? ' is-wrong' : ''
                  }`}
                >
                  <input
                    type={inputType}
                    id={id}
                    name={name}
                    value={choice.id}
                    checked={isSelected}
                    onChange={(event) => select(choice.id, event.currentTarget.checked)}
                  />
                  <label for={id}>{choice.text}</label>
                  {step.checked && (
                    <div class="choice-feedback">
                      {(choice.correct || isSelected) && (
                        <p class="choice-tags">
                          {choice.correct && (
                            <span class="tag tag-right">{t('quiz.feedback.rightAnswer')}</span>
                          )}
                          {isSelected && <span class="tag">{t('quiz.feedback.yourChoice')}</span>}
                        </p>
                      )}
                      <p>{choice.rationale}</p>
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </fieldset>
        {question.hint !== undefined && !step.checked && (
          <details class="hint">
            <summary>{t('quiz.hint.show')}</summary>
            <p>{question.hint}</p>
          </details>
        )}
        {message !== '' && (
          <p class="quiz-message" id={`${name}-message`}>
            {message}
          </p>
        )}
        {step.checked && (
          <div class={`feedback ${correct ? 'feedback-right' : 'feedback-wrong'}`}>
            <p class="feedback-verdict">{t(correct ? 'quiz.feedback.correct' : 'quiz.feedback.incorrect')}</p>
            <p>{question.explanation}</p>
            <p class="feedback-source">
              {t('quiz.feedback.source')} <a href={question.source.url}>{question.source.title}</a>
            </p>
          </div>
        )}
        <button type="submit" class="button">
          {step.checked ? t(isLast ? 'quiz.finish' : 'quiz.next') : t('quiz.check')}
        </button>
        <ProgressNotice />
      </form>
      {/* Keyed and under the same parent in both views, so it stays in the page and is spoken. */}
      <LiveRegion key="live" text={announcement} />
    </div>
  );
}

/** Whether the lesson is complete, and the best score so far. */
function QuizStatus({ summary }: { summary: QuizSummary }) {
  if (summary.best === null) return null;
  return (
    <p class="quiz-status">
      {summary.passed ? (
        <strong class="status-completed">{t('progress.status.completed')}</strong>
      ) : (
        t('progress.status.notPassed')
      )}
      {' · '}
      {t('progress.best', { percent: summary.best.percent })}
    </p>
  );
}

/** Polite announcements for screen readers; always in the page so changes are spoken. */
function LiveRegion({ text }: { text: string }) {
  return (
    <p class="visually-hidden" role="status">
      {text}
    </p>
  );
}

interface ResultsProps {
  quiz: Quiz;
  result: QuizResult;
  responses: Responses;
  headingRef: Ref<HTMLHeadingElement>;
}

function Results({ quiz, result, responses, headingRef }: ResultsProps) {
  const textOf = (question: Question, ids: readonly string[]) => {
    const chosen = choicesOf(question).filter((choice) => ids.includes(choice.id));
    return chosen.length === 0 ? '—' : chosen.map((choice) => choice.text).join('; ');
  };
  return (
    <>
      <h3 tabIndex={-1} ref={headingRef}>
        {t('quiz.result.heading')}
      </h3>
      <p class="result-score">
        {t('quiz.result.score', { earned: result.earned, total: result.total, percent: result.percent })}
      </p>
      <p class={result.passed ? 'result-passed' : 'result-failed'}>
        {t(result.passed ? 'quiz.result.passed' : 'quiz.result.failed', { pass: quiz.passPercent })}
      </p>
      <ProgressNotice />
      <h4>{t('quiz.result.review')}</h4>
      <ol class="result-list">
        {result.questions.map((line, index) => {
          const question = quiz.questions[index];
          if (question === undefined) return null;
          const right = choicesOf(question).filter((choice) => choice.correct);
          return (
            <li key={line.questionId} class={`result-${line.outcome}`}>
              <p>{question.prompt}</p>
              <p>
                <strong>{t(`quiz.result.${line.outcome}`)}.</strong> {t('quiz.result.yourAnswer')}{' '}
                {textOf(question, responses[question.id] ?? [])}
              </p>
              {line.outcome !== 'correct' && (
                <p>
                  {t('quiz.result.rightAnswer')} {right.map((choice) => choice.text).join('; ')}
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
