import type { FunctionComponent } from 'preact';
import { useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $reviewDeck, $reviewNotice, dismissReviewNotice } from '../../stores/review';
import { dueKeys } from '../../lib/review/deck';
import { reviewForecast } from '../../lib/review/forecast';
import { REVIEW_QUIZ_ID } from '../../lib/progress/types';
import { FINAL_QUIZ_ID } from '../../lib/course/routes';
import { loadServedQuiz } from '../../stores/quiz-data';
import type { Quiz } from '../../schemas/quiz';
import type { SessionProps } from '../quiz/QuizSession';
import { longDay, td } from '../../i18n/en-dashboard';

/** The most questions one review session asks, so a backlog never overwhelms. */
const REVIEW_CAP = 20;

type ReviewState =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'failed' }
  | { kind: 'running'; quiz: Quiz; Session: FunctionComponent<SessionProps> };

/**
 * "Review (N due)": the questions the learner missed or was unsure of, due again by FSRS, from
 * every module, as practice. Answers update the schedule. The session and the question bank load
 * only when the learner starts. With nothing due, it says so in words instead of showing a
 * button that cannot be pressed. What falls due later today, tomorrow and in the next seven days
 * (the learner's calendar days) follows, and, when nothing is due soon, the day of the next review.
 */
export function Review({ moduleNames }: { moduleNames: Readonly<Record<string, string>> }) {
  const forecast = reviewForecast(useStore($reviewDeck), new Date());
  const due = forecast.now;
  const soon = (['laterToday', 'tomorrow', 'week'] as const).filter((key) => forecast[key] > 0);
  const problem = useStore($reviewNotice);
  const [state, setState] = useState<ReviewState>({ kind: 'idle' });

  const start = () => {
    setState({ kind: 'loading' });
    const keys = dueKeys($reviewDeck.get(), new Date(), REVIEW_CAP);
    // Each key is `<quiz>/<question>`: only the files of the due questions' quizzes load, and the
    // final's (a list of ids, 4 kB) for the pass mark the results show: a review is never judged.
    Promise.all([import('../quiz/QuizSession'), loadServedQuiz(FINAL_QUIZ_ID)])
      .then(async ([module, final]) => {
        if (final === undefined) throw new Error('no final assessment');
        const byId = await module.loadReviewQuestions(keys);
        // Questions no longer in the course stay in the deck but are not asked.
        const questions = keys.flatMap((key) => byId.get(key) ?? []);
        const quiz: Quiz = {
          title: td('review.title'),
          passPercent: final.passPercent,
          questions,
          shuffle: true,
          from: [],
          modes: ['practice'],
        };
        setState({ kind: 'running', quiz, Session: module.QuizSession });
      })
      .catch(() => setState({ kind: 'failed' }));
  };

  if (state.kind === 'running') {
    const { Session, quiz } = state;
    return (
      <section class="quiz" aria-labelledby="quiz-heading">
        <h2 id="quiz-heading" tabIndex={-1}>
          {quiz.title}
        </h2>
        <Session
          quiz={quiz}
          quizId={REVIEW_QUIZ_ID}
          options={{ mode: 'practice', timeLimitSeconds: null, askConfidence: true }}
          review
          moduleNames={moduleNames}
          onRestart={() => {
            setState({ kind: 'idle' });
            requestAnimationFrame(() => document.getElementById('review-heading')?.focus());
          }}
        />
      </section>
    );
  }
  return (
    <section aria-labelledby="review-heading">
      <h2 id="review-heading" tabIndex={-1}>
        {td('review.heading')}
      </h2>
      {problem !== null && (
        <div class="notice" role="alert">
          <p>{td('review.unreadable')}</p>
          <button type="button" class="button-quiet" onClick={dismissReviewNotice}>
            {td('notice.dismiss')}
          </button>
        </div>
      )}
      {due === 0 ? (
        <p>
          {td('review.none')}
          {forecast.next !== null &&
            forecast.laterToday + forecast.tomorrow === 0 &&
            ` ${td('review.next', { date: longDay(forecast.next) })}`}
        </p>
      ) : (
        <>
          <p>{td('review.intro', { cap: REVIEW_CAP })}</p>
          <button type="button" class="button" disabled={state.kind === 'loading'} onClick={start}>
            {td('review.start', { count: due })}
          </button>
        </>
      )}
      {soon.length > 0 && (
        <ul class="review-soon" aria-label={td('review.soon')}>
          {soon.map((key) => (
            <li key={key}>{td(`review.${key}`, { count: forecast[key] })}</li>
          ))}
        </ul>
      )}
      {state.kind === 'failed' && (
        <p class="quiz-message" role="alert">
          {td('review.failed')}
        </p>
      )}
    </section>
  );
}
