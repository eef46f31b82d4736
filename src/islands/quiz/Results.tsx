import type { Ref } from 'preact';
import type { Quiz } from '../../schemas/quiz';
import { confidentlyWrong, missedQuestionIds, scoreByTag, type QuizResult } from '../../lib/quiz/grade-quiz';
import { describeAnswer, describeResponse } from '../../lib/quiz/registry';
import type { Response } from '../../lib/quiz/types';
import type { Confidence } from '../../lib/progress/types';
import { t } from '../../i18n/en';
import { ts, type SessionKey } from '../../i18n/en-session';
import { ProgressNotice } from '../ProgressNotice';

export interface ResultsProps {
  quiz: Quiz;
  result: QuizResult;
  responses: Readonly<Record<string, Response>>;
  confidence: Readonly<Record<string, Confidence>>;
  moduleId?: string | undefined;
  headingRef: Ref<HTMLHeadingElement>;
  onRetryMissed: (questionIds: string[]) => void;
  onRestart: () => void;
}

const labels = () => ({ true: t('quiz.true'), false: t('quiz.false') });
const TAG_LABEL: Record<string, SessionKey> = {
  area: 'tag.area',
  difficulty: 'tag.difficulty',
  module: 'tag.module',
};
const OUTCOME: Record<QuizResult['questions'][number]['outcome'], SessionKey> = {
  correct: 'result.correct',
  incorrect: 'result.incorrect',
  unanswered: 'result.unanswered',
};
const outcomeOf = ({ outcome, earned }: QuizResult['questions'][number]): SessionKey =>
  outcome === 'incorrect' && earned > 0 ? 'result.partial' : OUTCOME[outcome];

// Module first, then areas, then difficulties from easy to hard.
const RANK = [
  'module:',
  'area:',
  'difficulty:foundational',
  'difficulty:intermediate',
  'difficulty:advanced',
];
const tagRank = (key: string) => RANK.findIndex((prefix) => key.startsWith(prefix));

/** Score, pass or fail, results by tag, confidently wrong answers, and every question reviewed. */
export function Results(props: ResultsProps) {
  const { quiz, result, responses, confidence, moduleId, headingRef, onRetryMissed, onRestart } = props;
  const missed = missedQuestionIds(result);
  const confident = new Set(confidentlyWrong(result, confidence));
  const byTag = Object.entries(scoreByTag(result, moduleId)).sort(
    ([a], [b]) => tagRank(a) - tagRank(b) || a.localeCompare(b),
  );
  const questionOf = (id: string) => quiz.questions.find((question) => question.id === id);
  return (
    <section aria-labelledby="quiz-result-heading">
      <h3 id="quiz-result-heading" tabIndex={-1} ref={headingRef}>
        {ts('result.heading')}
      </h3>
      <p class="result-score">
        {ts('result.score', { earned: result.earned, total: result.total, percent: result.percent })}
      </p>
      <p class={result.passed ? 'result-passed' : 'result-failed'}>
        {ts(result.passed ? 'result.passed' : 'result.failed', { pass: quiz.passPercent })}
      </p>
      <ProgressNotice />
      <div class="quiz-actions">
        {missed.length > 0 && (
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
          {byTag.map(([key, score]) => {
            const [kind = '', value = ''] = key.split(':');
            const label = TAG_LABEL[kind];
            return (
              <tr key={key}>
                <th scope="row">
                  {label === undefined ? key : ts(label, { value: value.replaceAll('-', ' ') })}
                </th>
                <td>
                  {score.earned} / {score.total} (
                  {score.total === 0 ? 0 : Math.floor((score.earned * 100) / score.total)} %)
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h4>{ts('result.review')}</h4>
      <ol class="result-list">
        {result.questions.map((line) => {
          const question = questionOf(line.questionId);
          if (question === undefined) return null;
          const response = responses[question.id];
          return (
            <li key={line.questionId}>
              <p>{question.prompt}</p>
              <p>
                <strong>{ts(outcomeOf(line))}.</strong> {ts('result.yourAnswer')}{' '}
                {response === undefined ? '—' : describeResponse(question, response, labels())}
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
