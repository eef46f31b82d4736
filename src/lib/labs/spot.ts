// Grades a spot lab with the quiz engine: each question is scored by its `spot` kind
// (src/lib/quiz/registry). A question counts as right only with full marks (line and reason).
import { scoreResponse } from '../quiz/registry';
import type { Response } from '../quiz/types';
import type { LabOutcome, SpotLabData } from './types';

export interface SpotLabGrade {
  /** Points earned, 0.5 per right line or right reason, summed over the questions. */
  earned: number;
  /** One point per question. */
  total: number;
  /** How many questions scored full marks. */
  right: number;
  /** Every question scored full marks. */
  completed: boolean;
}

/**
 * Scores `responses` (by question id) for every question of `lab`. A missing response, or one the
 * quiz engine cannot check (wrong shape, unknown line or reason), earns nothing.
 */
export function gradeSpotLab(lab: SpotLabData, responses: Readonly<Record<string, Response>>): SpotLabGrade {
  let earned = 0;
  let right = 0;
  for (const question of lab.questions) {
    const response = responses[question.id];
    if (response === undefined) continue;
    const score = scoreResponse(question, response);
    earned += score.earned;
    if (score.correct) right += 1;
  }
  const total = lab.questions.length;
  return { earned, total, right, completed: right === total };
}

/** What a graded spot lab records in progress: checks = questions right / asked, probes 0 / 0. */
export function spotLabOutcome(grade: SpotLabGrade): LabOutcome {
  return {
    checksPassed: grade.right,
    checksTotal: grade.total,
    probesDenied: 0,
    probesTotal: 0,
    completed: grade.completed,
  };
}
