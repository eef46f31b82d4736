import type { Ref } from 'preact';
import { useId, useState } from 'preact/hooks';
import type { Question, Quiz } from '../../schemas/quiz';
import { lineVerdict, missedQuestionIds, type QuizResult } from '../../lib/quiz/grade-quiz';
import { durationParts, fixTheseFirst, topicRows, weakestModules } from '../../lib/quiz/results-summary';
import { shownPoints } from '../../lib/quiz/shown-points';
import { describeAnswer, describeResponse } from '../../lib/quiz/registry';
import type { Response } from '../../lib/quiz/types';
import type { AttemptKind, Confidence } from '../../lib/progress/types';
import { moduleHref } from '../../lib/course/routes';
import { areaName } from '../../i18n/en-areas';
import { domainName, secName } from '../../i18n/en-tags';
import { ts } from '../../i18n/en-session';
import { tr, type ResultsKey } from '../../i18n/en-results';
import { ProgressNotice } from '../ProgressNotice';

/** Where a quiz is taken, for the advice after a result that did not pass. */
export type QuizScope = 'lesson' | 'module' | 'final';

/** Why the exam ended by itself: time ran out now, or while the learner was away; null if submitted. */
export type Expiry = 'expired' | 'expiredAway' | null;

export interface ResultsProps {
  quiz: Quiz;
  result: QuizResult;
  /** A full quiz (judged against the pass mark), a retry of missed questions or a review session. */
  kind: AttemptKind;
  expired: Expiry;
  /** Time from the start of the attempt to its end, in seconds. */
  seconds: number;
  scope: QuizScope;
  /** Module titles by id, for the final's links to the weakest modules. */
  moduleNames?: Readonly<Record<string, string>> | undefined;
  responses: Readonly<Record<string, Response>>;
  confidence: Readonly<Record<string, Confidence>>;
  moduleId?: string | undefined;
  headingRef: Ref<HTMLHeadingElement>;
  onRetryMissed: (questionIds: string[]) => void;
  onRestart: () => void;
}

const labels = () => ({ true: ts('true'), false: ts('false') });
const VERDICT: Record<ReturnType<typeof lineVerdict>, ResultsKey> = {
  correct: 'result.correct',
  partial: 'result.partial',
  incorrect: 'result.incorrect',
  unanswered: 'result.unanswered',
};

/** A module's title, or its id in words when the page did not name it. */
const moduleName = (names: Readonly<Record<string, string>>, id: string) =>
  Object.hasOwn(names, id) ? (names[id] as string) : id.replaceAll('-', ' ');

/**
 * The row label of a tag key: "Module: Least privilege with IAM", "Exam domain: Data Protection",
 * "Security pillar: SEC 8 · Protect your data at rest", "Area: IAM roles", "Difficulty: advanced".
 */
function tagLabel(key: string, moduleNames: Readonly<Record<string, string>>): string {
  const [kind = '', value = ''] = key.split(':');
  if (kind === 'area') return tr('tag.area', { value: areaName(value) });
  if (kind === 'module') return tr('tag.module', { value: moduleName(moduleNames, value) });
  if (kind === 'difficulty') return tr('tag.difficulty', { value });
  if (kind === 'domain') return tr('tag.domain', { value: domainName(value) });
  if (kind === 'sec') return tr('tag.sec', { value: secName(value) });
  return key;
}

/** "4 min 12 s" or "42 s". */
function timeTaken(seconds: number): string {
  const parts = durationParts(seconds);
  return tr(parts.minutes > 0 ? 'result.minutes' : 'result.seconds', parts);
}

/** How many of the weakest modules the final's advice links to. */
const WEAKEST = 3;
/** How many questions "Fix these first" lists; the rest are in the answers below. */
const FIX_FIRST = 5;

/** The element id of a question's answer, for links from "Fix these first". */
const detailId = (questionId: string) => `result-${questionId}`;

/** Opens a question's answer and moves focus to it. */
function openDetail(event: Event, questionId: string) {
  const detail = document.getElementById(detailId(questionId));
  if (!(detail instanceof HTMLDetailsElement)) return;
  event.preventDefault();
  detail.open = true;
  detail.querySelector('summary')?.focus();
}

/** "Review: Permissions boundaries · Policy types", to the lesson section that teaches a question. */
const LearnLink = ({ question }: { question: Question }) =>
  question.learn === undefined ? null : (
    <a class="learn-link" href={question.learn.href}>
      {ts('learn', { label: question.learn.label })}
    </a>
  );

/**
 * The summary first (score, pass or not, time taken, what to fix first, results by topic), then
 * every question's answer, folded, with a filter for the missed ones.
 */
export function Results(props: ResultsProps) {
  const { quiz, result, kind, expired, seconds, scope, moduleNames = {}, responses, confidence } = props;
  const { moduleId, headingRef, onRetryMissed, onRestart } = props;
  const [onlyMissed, setOnlyMissed] = useState(false);
  const missed = missedQuestionIds(result);
  const fix = fixTheseFirst(result, confidence, FIX_FIRST);
  const rows = topicRows(result, moduleId, (key) => tagLabel(key, moduleNames));
  const weakest = weakestModules(rows, quiz.passPercent, WEAKEST);
  const questionOf = (id: string): Question | undefined =>
    quiz.questions.find((question) => question.id === id);
  const judged = kind === 'quiz';
  const filterName = useId();
  return (
    <section class="results" aria-labelledby="quiz-result-heading">
      <h3 id="quiz-result-heading" tabIndex={-1} ref={headingRef}>
        {ts('result.heading')}
      </h3>
      {expired !== null && (
        <p class="notice notice-warning result-expired" role="note">
          {ts(`timer.${expired}`)}
        </p>
      )}
      <div class="result-summary">
        <p class="result-score">
          {ts('result.score', {
            earned: shownPoints(result.earned),
            count: result.total,
            percent: result.percent,
          })}
        </p>
        {judged ? (
          <p class={result.passed ? 'result-passed' : 'result-failed'}>
            {tr(result.passed ? 'result.passed' : 'result.failed', { pass: quiz.passPercent })}
            {!result.passed && scope !== 'final' && ` ${tr(`result.advice.${scope}`)}`}
          </p>
        ) : (
          <p class="result-kind">{tr(kind === 'retry' ? 'result.kind.retry' : 'result.kind.review')}</p>
        )}
        <p class="result-time">{tr('result.time', { time: timeTaken(seconds) })}</p>
      </div>
      {judged && !result.passed && scope === 'final' && weakest.length > 0 && (
        <>
          <p>{tr('result.advice.final')}</p>
          <ul>
            {weakest.map(({ id, percent }) => (
              <li key={id}>
                <a href={moduleHref(id)}>
                  {tr('result.advice.finalModule', { module: moduleName(moduleNames, id), percent })}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      <ProgressNotice />
      <div class="quiz-actions">
        {missed.length > 0 && kind !== 'review' && (
          <button type="button" class="button" onClick={() => onRetryMissed(missed)}>
            {tr('result.retryMissed', { count: missed.length })}
          </button>
        )}
        <button type="button" class="button-quiet" onClick={onRestart}>
          {tr('result.again')}
        </button>
      </div>
      {fix.items.length > 0 && (
        <>
          <h4>{tr('result.fixFirst')}</h4>
          <p>{tr('result.fixFirstIntro')}</p>
          <ol class="fix-list">
            {fix.items.map(({ questionId, sure }) => {
              const question = questionOf(questionId);
              if (question === undefined) return null;
              return (
                <li key={questionId}>
                  <a href={`#${detailId(questionId)}`} onClick={(event) => openDetail(event, questionId)}>
                    {question.prompt}
                  </a>
                  {sure && <span class="tag">{tr('result.sure')}</span>}
                  <LearnLink question={question} />
                </li>
              );
            })}
          </ol>
          {fix.more > 0 && <p>{tr('result.fixMore', { count: fix.more })}</p>}
        </>
      )}
      <h4 id="quiz-by-tag">{tr('result.byTag')}</h4>
      <table class="topic-table" aria-labelledby="quiz-by-tag">
        <thead>
          <tr>
            <th scope="col">{tr('result.tag')}</th>
            <th scope="col">{tr('result.tagScore')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{tagLabel(row.key, moduleNames)}</th>
              <td>
                <meter
                  class="topic-bar"
                  min={0}
                  max={100}
                  value={row.percent}
                  low={quiz.passPercent}
                  optimum={100}
                  aria-hidden="true"
                />
                {tr('result.tagScoreValue', {
                  earned: shownPoints(row.earned),
                  total: row.total,
                  percent: row.percent,
                })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4>{tr('result.review')}</h4>
      {missed.length > 0 && missed.length < result.questions.length && (
        <fieldset class="result-filter">
          <legend>{tr('result.filter')}</legend>
          {[false, true].map((value) => (
            <label class="option" key={String(value)}>
              <input
                type="radio"
                name={filterName}
                checked={onlyMissed === value}
                onChange={() => setOnlyMissed(value)}
              />
              {value
                ? tr('result.filterMissed', { count: missed.length })
                : tr('result.filterAll', { count: result.questions.length })}
            </label>
          ))}
        </fieldset>
      )}
      <ol class="result-list">
        {result.questions.map((line) => {
          const question = questionOf(line.questionId);
          if (question === undefined) return null;
          const verdict = lineVerdict(line);
          return (
            <li key={line.questionId} hidden={onlyMissed && verdict === 'correct'}>
              <details id={detailId(question.id)}>
                <summary>
                  <span class={`verdict verdict-${verdict}`}>{tr(VERDICT[verdict])}</span>
                  <span class="visually-hidden">: </span>
                  <span class="result-prompt">{question.prompt}</span>
                </summary>
                <p>
                  {tr('result.yourAnswer')} {describeResponse(question, responses[question.id], labels())}
                </p>
                <p>
                  {tr('result.rightAnswer')} {describeAnswer(question, labels())}
                </p>
                <p>
                  {tr('result.why')} {question.explanation}{' '}
                  <a href={question.source.url}>{question.source.title}</a>
                </p>
                {verdict !== 'correct' && question.learn !== undefined && (
                  <p>
                    <LearnLink question={question} />
                  </p>
                )}
              </details>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
