/**
 * What an assignable unit reports when a quiz ends, following the cmi5 rules (cmi5 spec, 9.3 and
 * 10.2): only a launch in `Normal` mode may judge (passed, failed, completed); the LMS's
 * `masteryScore`, when it sends one, decides passed or failed instead of the quiz's own pass mark;
 * a unit passes and completes at most once a session, and never fails after it passed.
 */

/** How the LMS launched the unit (LMS.LaunchData `launchMode`). */
export type LaunchMode = 'Normal' | 'Browse' | 'Review';

/** When the LMS counts the unit as done (LMS.LaunchData `moveOn`). */
export type MoveOn = 'Passed' | 'Completed' | 'CompletedAndPassed' | 'CompletedOrPassed' | 'NotApplicable';

/** What this session has reported so far. */
export interface SessionReport {
  passed: boolean;
  completed: boolean;
}

export interface FinishedAttempt {
  /** Points earned and available. */
  earned: number;
  total: number;
  /** The quiz's own pass mark in percent. */
  passPercent: number;
}

/** The statements to send for one finished full attempt, in order. */
export interface Plan {
  /** Send an "answered" statement for each question. */
  answers: boolean;
  /** passed or failed, with this scaled score; null when the launch mode forbids judging. */
  verdict: { verb: 'passed' | 'failed'; scaled: number } | null;
  /** Send "completed" (the learner saw the whole quiz). */
  completed: boolean;
}

/** A score from 0 to 1, kept to 4 decimals (0 when nothing was asked). */
export const scaledScore = (earned: number, total: number): number =>
  total > 0 ? Math.round((earned / total) * 10000) / 10000 : 0;

/**
 * What to report for `attempt` in a session launched in `launchMode` with the LMS's
 * `masteryScore` (undefined when the LMS sent none), given what the session already reported.
 * A failed attempt after a pass in the same session sends no verdict: cmi5 forbids "failed"
 * after "passed", and "passed" is sent once.
 */
export function planReport(
  attempt: FinishedAttempt,
  launchMode: LaunchMode,
  masteryScore: number | undefined,
  sent: SessionReport,
): Plan {
  if (launchMode === 'Review') return { answers: false, verdict: null, completed: false };
  if (launchMode === 'Browse') return { answers: true, verdict: null, completed: false };
  const scaled = scaledScore(attempt.earned, attempt.total);
  const mark = masteryScore ?? attempt.passPercent / 100;
  const verb = scaled >= mark ? 'passed' : 'failed';
  return {
    answers: true,
    verdict: sent.passed ? null : { verb, scaled },
    completed: !sent.completed,
  };
}

/** Whether what was reported satisfies `moveOn`, so the LMS counts the unit as done. */
export function satisfiesMoveOn(moveOn: MoveOn, sent: SessionReport): boolean {
  switch (moveOn) {
    case 'Passed':
      return sent.passed;
    case 'Completed':
      return sent.completed;
    case 'CompletedAndPassed':
      return sent.passed && sent.completed;
    case 'CompletedOrPassed':
      return sent.passed || sent.completed;
    case 'NotApplicable':
      return true;
  }
}
