/**
 * Reporting to an LMS's LRS when a quiz page was launched with cmi5 parameters. Loaded only on
 * such a launch (QuizIsland checks the address first), so other pages never download it or
 * `@xapi/cmi5`. Nothing is stored: the attempt is recorded in the learner's progress as always
 * (`recordQuizResult`), and this store watches for it and reports it:
 * initialized → answered (one per question) → passed or failed → completed → terminated.
 * A refused launch, an expired fetch URL or a failed send only changes `$cmi5`'s status; local
 * progress is untouched.
 */
import { atom } from 'nanostores';
import Cmi5 from '@xapi/cmi5/dist/Cmi5.esm.js';
import type { Agent, InteractionActivityDefinition } from '@xapi/xapi';
import { checkLaunch, connectOrigins, type LaunchProblem } from '../lib/cmi5/launch';
import { interactionOf } from '../lib/cmi5/interactions';
import { planReport, satisfiesMoveOn, type LaunchMode } from '../lib/cmi5/move-on';
import { loadQuestions } from '../lib/quiz/pool';
import type { QuizAttempt } from '../lib/progress/types';
import { loadServedQuiz } from './quiz-data';
import { $progress } from './progress';

/** Where the launch stands, for the notice the quiz shows. */
export type Cmi5Status =
  | { state: 'connecting' }
  | { state: 'connected'; mode: LaunchMode }
  | { state: 'sending' }
  | {
      state: 'sent';
      verb: 'passed' | 'failed' | null;
      scaled: number;
      /** Whether what was sent meets the unit's moveOn, so the LMS counts it as done. */
      done: boolean;
      returnUrl: string | null;
    }
  | { state: 'problem'; problem: LaunchProblem | 'fetch-failed' | 'send-failed'; detail: string };

export const $cmi5 = atom<Cmi5Status>({ state: 'connecting' });

let started = false;

/** What the page tells the runtime: its address's query, its CSP and its origin. */
export interface LaunchPage {
  search: string;
  policy: string;
  origin: string;
}

/**
 * Starts a cmi5 session for `quizId` if the launch is allowed, and
 * reports the next full attempt of that quiz. Resolves once the session is set up or refused;
 * later calls on the same page do nothing.
 */
export async function startCmi5(quizId: string, page: LaunchPage): Promise<void> {
  // One session a page load: the notice that calls this mounts again when the quiz view changes.
  if (started) return;
  started = true;
  const check = checkLaunch(page.search, connectOrigins(page.policy, page.origin));
  if (check.kind === 'refused') {
    $cmi5.set({ state: 'problem', problem: check.problem, detail: check.detail });
    return;
  }
  const cmi5 = new Cmi5({ ...check.parameters, actor: check.parameters.actor as Agent });
  try {
    await cmi5.initialize();
  } catch {
    $cmi5.set({ state: 'problem', problem: 'fetch-failed', detail: '' });
    return;
  }
  const launchData = cmi5.getLaunchData();
  const mode = launchData.launchMode;
  $cmi5.set({ state: 'connected', mode });
  const known = new Set($progress.get().attempts.map((attempt) => attempt.id));
  const stop = $progress.listen((progress) => {
    const attempt = progress.attempts.find(
      (candidate) => !known.has(candidate.id) && candidate.quizId === quizId && candidate.kind === 'quiz',
    );
    if (attempt === undefined) return;
    stop();
    void report(attempt).catch(() => $cmi5.set({ state: 'problem', problem: 'send-failed', detail: '' }));
  });

  async function report(attempt: QuizAttempt): Promise<void> {
    $cmi5.set({ state: 'sending' });
    const quiz = await loadServedQuiz(quizId);
    if (quiz === undefined) throw new Error(`no quiz ${quizId}`);
    const plan = planReport({ ...attempt, passPercent: quiz.passPercent }, mode, launchData.masteryScore, {
      passed: false,
      completed: false,
    });
    if (plan.answers) {
      // The questions asked, from the files that hold them (a module quiz or the final's pool).
      const byId = await loadQuestions(attempt.questionIds, quiz.questions, loadServedQuiz);
      for (const questionId of attempt.questionIds) {
        const question = byId.get(questionId);
        if (question === undefined) continue;
        const {
          definition,
          response: answer,
          success,
        } = interactionOf(question, attempt.responses[questionId]);
        await cmi5.interaction(
          quizId,
          questionId,
          answer,
          definition as InteractionActivityDefinition,
          success,
        );
      }
    }
    const score = { scaled: plan.verdict?.scaled ?? 0, raw: attempt.earned, min: 0, max: attempt.total };
    if (plan.verdict?.verb === 'passed') await cmi5.pass(score);
    if (plan.verdict?.verb === 'failed') await cmi5.fail(score);
    if (plan.completed) await cmi5.complete();
    await cmi5.terminate();
    $cmi5.set({
      state: 'sent',
      verb: plan.verdict?.verb ?? null,
      scaled: plan.verdict?.scaled ?? 0,
      done: satisfiesMoveOn(launchData.moveOn, {
        passed: plan.verdict?.verb === 'passed',
        completed: plan.completed,
      }),
      returnUrl: launchData.returnURL ?? null,
    });
  }
}
