import { MASTERY_LEVELS, MASTERY_THRESHOLDS, type MasteryLevel } from '../lib/progress/mastery';
import { createTranslator, type Message } from './translate';

/**
 * How mastery levels are decided, in words, written out from the thresholds the code uses. The
 * progress page renders them on the server (they are the same for every learner), folded away
 * under their heading, so they cost the dashboard no JavaScript.
 */
const enMasteryRules = {
  heading: 'How mastery levels are decided',
  show: 'Show the rules',
  intro:
    'Only full quizzes count. Retries of missed questions and review sessions are practice: the dashboard shows them apart, and they never raise a level.',
  'not-started': 'Not started: you have not answered any question on this topic in a full quiz yet.',
  attempted:
    'Attempted: you have answered questions on this topic but have less than {familiar}\u00a0% over all your answers.',
  familiar: 'Familiar: at least {familiar}\u00a0% over all your answers on this topic.',
  proficient:
    'Proficient: at least {overall}\u00a0% over all your answers on this topic and at least {last}\u00a0% on your latest attempt that covered it. If that attempt is so old that only your totals keep it, your overall score counts instead.',
  mastered:
    'Mastered: at least {overall}\u00a0% over all your answers on this topic, at least {last}\u00a0% on your latest attempt that covered it (counted as for Proficient), and answers on at least {days} different days of your calendar, so one lucky run is not mastery. Answers that only your totals keep count as one day at most, and as none when they may fall on a day of your newer answers.',
} as const satisfies Record<string, Message>;

/** The heading and introduction of the rules. */
export const tr = createTranslator(enMasteryRules);

/** The rules, one per level from lowest to highest, with the numbers of `MASTERY_THRESHOLDS`. */
export function masteryRules(): { level: MasteryLevel; text: string }[] {
  const { familiar, proficient, mastered } = MASTERY_THRESHOLDS;
  const values: Record<MasteryLevel, Record<string, number>> = {
    'not-started': {},
    attempted: { familiar: familiar.overall },
    familiar: { familiar: familiar.overall },
    proficient: { overall: proficient.overall, last: proficient.last },
    mastered: { overall: mastered.overall, last: mastered.last, days: mastered.days },
  };
  return MASTERY_LEVELS.map((level) => ({ level, text: tr(level, values[level]) }));
}
