import type { FunctionComponent } from 'preact';
import { useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $progress } from '../stores/progress';
import { $dueCount, $reviewDeck, $reviewNotice, dismissReviewNotice } from '../stores/review';
import { dueKeys } from '../lib/review/deck';
import type { Quiz } from '../schemas/quiz';
import type { SessionProps } from './quiz/QuizSession';
import { $exportReminderAt, quietExportReminder, REMIND_AFTER_DAYS } from '../stores/export-reminder';
import { MASTERY_RULES, masteryByTag, type MasteryLevel } from '../lib/progress/mastery';
import { attemptHistory, moduleProgress, streak, studyNext, type CourseModule } from '../lib/progress/stats';
import type { Progress } from '../lib/progress/types';
import type { ImportResult } from '../lib/progress/transfer';
import type { Snapshot } from './progress/data-actions';
import { td, type DashboardKey } from '../i18n/en-dashboard';
import { ProgressNotice } from './ProgressNotice';
import { useMounted } from './use-mounted';

export interface ProgressDashboardProps {
  modules: CourseModule[];
  /** Quiz titles by id, for the history table. */
  quizTitles: Record<string, string>;
  /** Version of the site, written into exported files. */
  siteVersion: string;
}

const LEVEL: Record<MasteryLevel, DashboardKey> = {
  'not-started': 'level.not-started',
  attempted: 'level.attempted',
  familiar: 'level.familiar',
  proficient: 'level.proficient',
  mastered: 'level.mastered',
};
const levelText = (level: MasteryLevel) => td(LEVEL[level]);
const topicName = (tag: string) => tag.replace(/^[a-z]+:/, '').replaceAll('-', ' ');

/**
 * The learner's progress: totals and streak, modules, mastery by topic with its rules, what to
 * study next, attempt history (chart and table), and export, import and reset. All figures come
 * from `src/lib/progress`; this only renders. Nothing shows before stored progress is read.
 */
export default function ProgressDashboard({ modules, quizTitles, siteVersion }: ProgressDashboardProps) {
  const mounted = useMounted();
  const progress = useStore($progress);
  if (!mounted) return <p>{td('overview.loading')}</p>;

  const lessons = modules.flatMap((module) => module.lessons);
  const perModule = moduleProgress(progress, modules);
  const completed = perModule.reduce((sum, module) => sum + module.lessonsCompleted, 0);
  const history = attemptHistory(progress);
  const attemptCount =
    history.length + Object.values(progress.archive.quizzes).reduce((sum, q) => sum + q.attempts, 0);
  const days = streak(progress, new Date());
  const topics = Object.entries(masteryByTag(progress))
    .filter(([tag]) => tag.startsWith('area:'))
    .sort(([a], [b]) => a.localeCompare(b));
  const suggestions = studyNext(progress, { modules });

  return (
    <div class="dashboard">
      <ProgressNotice />
      <ExportReminder attempts={attemptCount} />
      <Review />
      <section aria-labelledby="overview-heading">
        <h2 id="overview-heading">{td('overview.heading')}</h2>
        {attemptCount === 0 && Object.keys(progress.lessons).length === 0 ? (
          <p>{td('overview.empty')}</p>
        ) : (
          <ul class="overview">
            <li>{td('overview.lessons', { completed, total: lessons.length })}</li>
            <li>{td('overview.attempts', { count: attemptCount })}</li>
            <li>{td('overview.streak', { current: days.current, longest: days.longest })}</li>
          </ul>
        )}
      </section>

      <section aria-labelledby="modules-heading">
        <h2 id="modules-heading">{td('modules.heading')}</h2>
        <div class="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{td('modules.module')}</th>
                <th scope="col">{td('modules.lessons')}</th>
                <th scope="col">{td('modules.best')}</th>
                <th scope="col">{td('modules.last')}</th>
                <th scope="col">{td('modules.mastery')}</th>
              </tr>
            </thead>
            <tbody>
              {perModule.map((module) => (
                <tr key={module.id}>
                  <th scope="row">
                    <a href={`/modules/${module.id}/`}>{module.title}</a>
                  </th>
                  <td>
                    {module.lessonsCompleted} / {module.lessonsTotal}
                  </td>
                  <td>{module.quizBest === null ? td('modules.none') : `${module.quizBest} %`}</td>
                  <td>{module.quizLast === null ? td('modules.none') : `${module.quizLast} %`}</td>
                  <td>{levelText(module.mastery.level)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="next-heading">
        <h2 id="next-heading">{td('next.heading')}</h2>
        <ul>
          {suggestions.map((suggestion) => (
            <li key={`${suggestion.kind}-${suggestion.tag}-${suggestion.title}`}>
              {suggestion.href === undefined ? (
                <strong>{suggestion.title}</strong>
              ) : (
                <a href={suggestion.href}>{suggestion.title}</a>
              )}
              : {suggestion.reason}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="mastery-heading">
        <h2 id="mastery-heading">{td('mastery.heading')}</h2>
        {topics.length > 0 && (
          <div class="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{td('mastery.topic')}</th>
                  <th scope="col">{td('mastery.score')}</th>
                  <th scope="col">{td('mastery.level')}</th>
                </tr>
              </thead>
              <tbody>
                {topics.map(([tag, mastery]) => (
                  <tr key={tag}>
                    <th scope="row">{topicName(tag)}</th>
                    <td>
                      {mastery.percent} % ({mastery.earned} / {mastery.total})
                    </td>
                    <td>{levelText(mastery.level)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <h3>{td('mastery.rulesHeading')}</h3>
        <ul>
          {MASTERY_RULES.map(({ level, rule }) => (
            <li key={level}>{rule}</li>
          ))}
        </ul>
      </section>

      {history.length > 0 && <History history={history} quizTitles={quizTitles} />}
      <DataSection siteVersion={siteVersion} />
    </div>
  );
}

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
 * only when the learner starts.
 */
function Review() {
  const due = useStore($dueCount);
  const problem = useStore($reviewNotice);
  const [state, setState] = useState<ReviewState>({ kind: 'idle' });

  const start = () => {
    setState({ kind: 'loading' });
    const keys = dueKeys($reviewDeck.get(), new Date(), REVIEW_CAP);
    const bank = fetch('/quizzes/final-assessment.json').then((response) =>
      response.ok ? (response.json() as Promise<Quiz>) : Promise.reject(new Error(`${response.status}`)),
    );
    Promise.all([bank, import('./quiz/QuizSession')])
      .then(([pool, module]) => {
        // Questions no longer in the course stay in the deck but are not asked.
        const questions = keys.flatMap((key) => pool.questions.filter((question) => question.id === key));
        const quiz: Quiz = {
          title: td('review.title'),
          passPercent: pool.passPercent,
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
          quizId="review"
          options={{ mode: 'practice', timeLimitSeconds: null, askConfidence: true }}
          review
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
      <p>{td(due === 0 ? 'review.none' : 'review.intro', { cap: REVIEW_CAP })}</p>
      <button type="button" class="button" disabled={due === 0 || state.kind === 'loading'} onClick={start}>
        {td('review.start', { count: due })}
      </button>
      {state.kind === 'failed' && (
        <p class="quiz-message" role="alert">
          {td('review.failed')}
        </p>
      )}
    </section>
  );
}

/** Once the learner has progress, a reminder that it lives only here, until exported or dismissed. */
function ExportReminder({ attempts }: { attempts: number }) {
  const quietSince = useStore($exportReminderAt);
  const quiet = quietSince !== '' && Date.now() - Date.parse(quietSince) < REMIND_AFTER_DAYS * 86_400_000;
  if (attempts === 0 || quiet) return null;
  return (
    <div class="notice">
      <p>{td('reminder.text')}</p>
      <button type="button" class="button-quiet" onClick={quietExportReminder}>
        {td('reminder.dismiss')}
      </button>
    </div>
  );
}

type History = ReturnType<typeof attemptHistory>;

/** The score of each attempt as a line chart, with the same data as a table for every reader. */
function History({ history, quizTitles }: { history: History; quizTitles: Record<string, string> }) {
  const width = 600;
  const height = 200;
  const x = (index: number) =>
    history.length === 1 ? width / 2 : 20 + (index * (width - 40)) / (history.length - 1);
  const y = (percent: number) => height - 20 - (percent * (height - 40)) / 100;
  const points = history.map((entry, index) => `${x(index)},${y(entry.percent)}`).join(' ');
  const latest = history[history.length - 1]?.percent ?? 0;
  const best = Math.max(...history.map((entry) => entry.percent));
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{td('history.heading')}</h2>
      <svg
        class="chart"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby="chart-title chart-desc"
      >
        <title id="chart-title">{td('history.chartTitle')}</title>
        <desc id="chart-desc">{td('history.chartDesc', { count: history.length, latest, best })}</desc>
        <line class="chart-axis" x1="20" x2={width - 20} y1={y(0)} y2={y(0)} />
        <line class="chart-pass" x1="20" x2={width - 20} y1={y(70)} y2={y(70)} />
        <polyline class="chart-line" points={points} />
        {history.map((entry, index) => (
          <circle
            key={entry.id}
            class={entry.passed ? 'chart-point is-passed' : 'chart-point'}
            cx={x(index)}
            cy={y(entry.percent)}
            r="5"
          />
        ))}
      </svg>
      <details>
        <summary>{td('history.table')}</summary>
        <div class="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{td('history.date')}</th>
                <th scope="col">{td('history.quiz')}</th>
                <th scope="col">{td('history.mode')}</th>
                <th scope="col">{td('history.score')}</th>
                <th scope="col">{td('history.passed')}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((entry) => (
                <tr key={entry.id}>
                  <td>{entry.at.slice(0, 10)}</td>
                  <td>{quizTitles[entry.quizId] ?? entry.quizId}</td>
                  <td>{entry.mode}</td>
                  <td>{entry.percent} %</td>
                  <td>{td(entry.passed ? 'history.yes' : 'history.no')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}

type DataState =
  | { kind: 'idle'; message: string }
  | {
      kind: 'preview';
      incoming: Progress;
      /** The review deck in the file, checked when it is applied. */
      review: unknown;
      exportedAt: string;
      changes: { newAttempts: number; newLessons: number; better: number };
    }
  | { kind: 'confirm-reset' }
  | { kind: 'undo'; previous: Snapshot };

/** Export, import (with a preview and merge or replace) and reset with undo. */
function DataSection({ siteVersion }: { siteVersion: string }) {
  const [state, setState] = useState<DataState>({ kind: 'idle', message: '' });
  const actions = () => import('./progress/data-actions');

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file === undefined) return;
    const { readProgressFile, previewImport, importError } = await actions();
    const result: ImportResult = await readProgressFile(file);
    if (!result.ok) {
      setState({ kind: 'idle', message: importError(result.code, 'dropped' in result ? result.dropped : 0) });
      return;
    }
    const changes = previewImport(result.progress);
    setState({
      kind: 'preview',
      incoming: result.progress,
      review: result.review,
      exportedAt: result.summary.exportedAt.slice(0, 10),
      changes: {
        newAttempts: changes.newAttempts,
        newLessons: changes.newLessons,
        better: changes.betterScores.length,
      },
    });
  };

  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">{td('data.heading')}</h2>
      <p>{td('data.intro')}</p>
      <div class="quiz-actions">
        <button
          type="button"
          class="button"
          onClick={async () => {
            const { exportProgress } = await actions();
            setState({ kind: 'idle', message: td('data.exported', { file: exportProgress(siteVersion) }) });
          }}
        >
          {td('data.export')}
        </button>
        <label class="button-quiet file-button">
          {td('data.import')}
          <input type="file" accept="application/json,.json" class="visually-hidden" onChange={onFile} />
        </label>
        <button type="button" class="button-quiet" onClick={() => setState({ kind: 'confirm-reset' })}>
          {td('data.reset')}
        </button>
      </div>
      <div role="status">
        {state.kind === 'idle' && state.message !== '' && <p>{state.message}</p>}
        {state.kind === 'undo' && <p>{td('data.resetDone')}</p>}
      </div>
      {state.kind === 'preview' && (
        <div class="notice">
          <p>
            {td('data.importPreview', {
              date: state.exportedAt,
              attempts: state.changes.newAttempts,
              lessons: state.changes.newLessons,
              better: state.changes.better,
            })}
          </p>
          <div class="quiz-actions">
            <button
              type="button"
              class="button"
              onClick={async () => {
                (await actions()).mergeImported(state.incoming, state.review);
                setState({ kind: 'idle', message: td('data.imported') });
              }}
            >
              {td('data.merge')}
            </button>
            <button
              type="button"
              class="button-quiet"
              onClick={async () => {
                (await actions()).replaceWithImported(state.incoming, state.review);
                setState({ kind: 'idle', message: td('data.imported') });
              }}
            >
              {td('data.replace')}
            </button>
            <button
              type="button"
              class="button-quiet"
              onClick={() => setState({ kind: 'idle', message: '' })}
            >
              {td('data.cancel')}
            </button>
          </div>
        </div>
      )}
      {state.kind === 'confirm-reset' && (
        <div class="notice notice-warning">
          <p>{td('data.resetConfirm')}</p>
          <div class="quiz-actions">
            <button
              type="button"
              class="button"
              onClick={async () => {
                const previous = (await actions()).resetProgress();
                setState({ kind: 'undo', previous });
                setTimeout(
                  () => setState((now) => (now.kind === 'undo' ? { kind: 'idle', message: '' } : now)),
                  60_000,
                );
              }}
            >
              {td('data.resetYes')}
            </button>
            <button
              type="button"
              class="button-quiet"
              onClick={() => setState({ kind: 'idle', message: '' })}
            >
              {td('data.cancel')}
            </button>
          </div>
        </div>
      )}
      {state.kind === 'undo' && (
        <button
          type="button"
          class="button"
          onClick={async () => {
            (await actions()).undoReset(state.previous);
            setState({ kind: 'idle', message: td('data.undone') });
          }}
        >
          {td('data.undo')}
        </button>
      )}
    </section>
  );
}
