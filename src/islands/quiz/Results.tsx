import type { Ref } from 'preact';
import type { Quiz } from '../../schemas/quiz';
import {
  confidentlyWrong,
  lineVerdict,
  missedQuestionIds,
  scoreByTag,
  type QuizResult,
} from '../../lib/quiz/grade-quiz';
import { describeAnswer, describeResponse } from '../../lib/quiz/registry';
import type { Response } from '../../lib/quiz/types';
import type { AttemptKind, Confidence } from '../../lib/progress/types';
import { wholePercent } from '../../lib/core/numbers';
import { moduleHref } from '../../lib/course/routes';
import { t } from '../../i18n/en';
import { areaName } from '../../i18n/en-areas';
import { domainName, secName } from '../../i18n/en-tags';
import { ts, type SessionKey } from '../../i18n/en-session';
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

const labels = () => ({ true: t('quiz.true'), false: t('quiz.false') });
const VERDICT: Record<ReturnType<typeof lineVerdict>, SessionKey> = {
  correct: 'result.correct',
  partial: 'result.partial',
  incorrect: 'result.incorrect',
  unanswered: 'result.unanswered',
};

// Module first, then exam domains, security pillar questions (by number), areas, and
// difficulties from easy to hard.
const RANK = [
  'module:',
  'domain:',
  'sec:',
  'area:',
  'difficulty:foundational',
  'difficulty:intermediate',
  'difficulty:advanced',
];
const tagRank = (key: string) => RANK.findIndex((prefix) => key.startsWith(prefix));
const secNumber = (key: string) => (key.startsWith('sec:') ? Number(key.slice('sec:'.length)) : 0);

/** A module's title, or its id in words when the page did not name it. */
const moduleName = (names: Readonly<Record<string, string>>, id: string) =>
  Object.hasOwn(names, id) ? (names[id] as string) : id.replaceAll('-', ' ');

/**
 * The row label of a tag key: "Module: Least privilege with IAM", "Exam domain: Data Protection",
 * "Security pillar: SEC 8 · Protect your data at rest", "Area: IAM roles", "Difficulty: advanced".
 */
function tagLabel(key: string, moduleNames: Readonly<Record<string, string>>): string {
  const [kind = '', value = ''] = key.split(':');
  if (kind === 'area') return ts('tag.area', { value: areaName(value) });
  if (kind === 'module') return ts('tag.module', { value: moduleName(moduleNames, value) });
  if (kind === 'difficulty') return ts('tag.difficulty', { value });
  if (kind === 'domain') return ts('tag.domain', { value: domainName(value) });
  if (kind === 'sec') return ts('tag.sec', { value: secName(value) });
  return key;
}

/** How many of the weakest modules the final's advice links to. */
const WEAKEST = 3;

/** Score, what the attempt counts for, results by tag, confidently wrong answers, every question reviewed. */
export function Results(props: ResultsProps) {
  const { quiz, result, kind, expired, scope, moduleNames = {}, responses, confidence, moduleId } = props;
  const { headingRef, onRetryMissed, onRestart } = props;
  const missed = missedQuestionIds(result);
  const confident = new Set(confidentlyWrong(result, confidence));
  const byTag = Object.entries(scoreByTag(result, moduleId)).sort(
    ([a], [b]) =>
      tagRank(a) - tagRank(b) ||
      secNumber(a) - secNumber(b) ||
      tagLabel(a, moduleNames).localeCompare(tagLabel(b, moduleNames), 'en'),
  );
  const weakest = byTag
    .filter(([key]) => key.startsWith('module:'))
    .map(([key, score]) => ({
      id: key.slice('module:'.length),
      percent: wholePercent(score.earned, score.total),
    }))
    .filter(({ percent }) => percent < quiz.passPercent)
    .sort((a, b) => a.percent - b.percent)
    .slice(0, WEAKEST);
  const questionOf = (id: string) => quiz.questions.find((question) => question.id === id);
  const judged = kind === 'quiz';
  return (
    <section aria-labelledby="quiz-result-heading">
      <h3 id="quiz-result-heading" tabIndex={-1} ref={headingRef}>
        {ts('result.heading')}
      </h3>
      {expired !== null && (
        <p class="notice notice-warning result-expired" role="note">
          {ts(`timer.${expired}`)}
        </p>
      )}
      <p class="result-score">
        {ts('result.score', { earned: result.earned, count: result.total, percent: result.percent })}
      </p>
      {judged ? (
        <p class={result.passed ? 'result-passed' : 'result-failed'}>
          {ts(result.passed ? 'result.passed' : 'result.failed', { pass: quiz.passPercent })}
          {!result.passed && scope !== 'final' && ` ${ts(`result.advice.${scope}`)}`}
        </p>
      ) : (
        <p class="result-kind">{ts(kind === 'retry' ? 'result.kind.retry' : 'result.kind.review')}</p>
      )}
      {judged && !result.passed && scope === 'final' && weakest.length > 0 && (
        <>
          <p>{ts('result.advice.final')}</p>
          <ul>
            {weakest.map(({ id, percent }) => (
              <li key={id}>
                <a href={moduleHref(id)}>
                  {ts('result.advice.finalModule', {
                    module: moduleName(moduleNames, id),
                    percent,
                  })}
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
            {ts('result.retryMissed', { count: missed.length })}
          </button>
        )}
        <button type="button" class="button-quiet" onClick={onRestart}>
          {ts('result.again')}
        </button>
      </div>
      {confident.size > 0 && (
        <>
          <h4>{ts('result.confident')}</h4>
          <p>{ts('result.confidentIntro')}</p>
          <ul>
            {[...confident].map((id) => (
              <li key={id}>{questionOf(id)?.prompt}</li>
            ))}
          </ul>
        </>
      )}
      <h4 id="quiz-by-tag">{ts('result.byTag')}</h4>
      <table aria-labelledby="quiz-by-tag">
        <thead>
          <tr>
            <th scope="col">{ts('result.tag')}</th>
            <th scope="col">{ts('result.tagScore')}</th>
          </tr>
        </thead>
        <tbody>
          {byTag.map(([key, score]) => (
            <tr key={key}>
              <th scope="row">{tagLabel(key, moduleNames)}</th>
              <td>
                {ts('result.tagScoreValue', {
                  earned: score.earned,
                  total: score.total,
                  percent: wholePercent(score.earned, score.total),
                })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4>{ts('result.review')}</h4>
      <ol class="result-list">
        {result.questions.map((line) => {
          const question = questionOf(line.questionId);
          if (question === undefined) return null;
          return (
            <li key={line.questionId}>
              <p>{question.prompt}</p>
              <p>
                <strong>{ts(VERDICT[lineVerdict(line)])}.</strong> {ts('result.yourAnswer')}{' '}
                {describeResponse(question, responses[question.id], labels())}
              </p>
              <p>
                {ts('result.rightAnswer')} {describeAnswer(question, labels())}
              </p>
              <p>
                {ts('result.why')} {question.explanation}{' '}
                <a href={question.source.url}>{question.source.title}</a>
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
