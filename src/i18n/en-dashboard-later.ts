import type { Series } from '../lib/progress/history-chart';
import { createTranslator, type Message } from './translate';
import { dayFormat } from './en-dashboard';

/**
 * Strings of the dashboard sections that load just after the first render, below the fold: what to
 * study next, the final assessment's card, the labs, the mastery table, the attempt history (chart and table) and keeping progress safe (export,
 * import, reset). They load with those sections, so the dashboard's first screen carries none
 * of them.
 */
export const enDashboardLater = {
  'assessment.heading': 'Final assessment',
  'assessment.none': 'Not taken yet.',
  'assessment.best': 'Best full result',
  'assessment.pass': 'Pass mark',
  'assessment.attempts': 'Full attempts',
  'assessment.last': 'Last taken',
  'assessment.passed': 'passed',
  'assessment.notPassed': 'not passed yet',
  'assessment.practice': {
    one: 'You also retried your missed questions once; practice never changes this result.',
    other: 'You also retried your missed questions {count} times; practice never changes this result.',
  },
  'assessment.link': 'Go to the final assessment',
  'next.heading': 'What to study next',
  'next.empty': 'Nothing to suggest: you have started every lesson, and no topic needs work.',
  'next.notStarted': 'you have not started this lesson of “{module}” yet.',
  'next.weakModule': {
    one: '{percent}\u00a0% over {count} question in this module: revisit it.',
    other: '{percent}\u00a0% over {count} questions in this module: revisit it.',
  },
  'next.weakArea': {
    one: '{percent}\u00a0% over {count} question: revisit “{page}”.',
    other: '{percent}\u00a0% over {count} questions: revisit “{page}”.',
  },
  'next.weakAreaNoPage': {
    one: '{percent}\u00a0% over {count} question.',
    other: '{percent}\u00a0% over {count} questions.',
  },
  'next.strong': {
    one: 'proficient at {percent}\u00a0% over {count} question. To master it, score at least {mastered}\u00a0% in a full quiz on another day.',
    other:
      'proficient at {percent}\u00a0% over {count} questions. To master it, score at least {mastered}\u00a0% in a full quiz on another day.',
  },
  'labs.heading': 'Labs',
  'labs.completed': 'Labs: {completed} of {total} completed',
  'labs.none':
    'No lab started yet: in a lab you fix a policy or spot a misconfiguration, then check your work.',
  'labs.browse': 'See every lab',
  'labs.table': 'Labs started',
  'labs.lab': 'Lab',
  'labs.status': 'Status',
  'labs.bestNote':
    'Checks and probes are those of your best run: a least-privilege policy denies every probe, the requests the task does not need.',
  'labs.checks': 'Checks passed',
  'labs.probes': 'Probes denied',
  'labs.last': 'Last run',
  'labs.status.in-progress': 'In progress',
  'labs.status.completed': 'Completed',
  'labs.ofTotal': '{passed} of {total}',
  'labs.noProbes': 'None in this lab',
  'mastery.heading': 'Mastery',
  'mastery.intro':
    'Levels count your answers in full quizzes only. Retries of missed questions and review sessions are practice: they show apart and never raise a level.',
  'mastery.rulesLink': 'How mastery levels are decided',
  'mastery.view': 'Group by',
  'mastery.view.area': 'Topic',
  'mastery.view.domain': 'Exam domain',
  'mastery.view.sec': 'Security pillar question',
  'mastery.table.area': 'Topics',
  'mastery.table.domain': 'Exam domains (AWS Certified Security – Specialty)',
  'mastery.table.sec': 'Security pillar questions',
  'mastery.topic.area': 'Topic',
  'mastery.topic.domain': 'Exam domain',
  'mastery.topic.sec': 'Question',
  'mastery.empty': 'Nothing to show yet: take a full quiz and your answers are grouped here.',
  'mastery.score': 'Full quizzes',
  'mastery.scoreValue': {
    one: '{percent}\u00a0% ({earned} of {count} point)',
    other: '{percent}\u00a0% ({earned} of {count} points)',
  },
  'mastery.level': 'Level',
  'mastery.practice': 'Practice',
  'history.heading': 'Attempt history',
  'history.chartTitle': 'Score of each attempt by day, one line per kind of quiz',
  'history.chartDesc': {
    one: '1 attempt, on {from}.',
    other: '{count} attempts, from {from} to {to}.',
  },
  'history.chartDescFull': 'Full quizzes: first {first}\u00a0%, latest {latest}\u00a0%, best {best}\u00a0%.',
  'history.chartDescPass': 'The dashed line is the {pass}\u00a0% pass mark.',
  'history.legend': 'Key to the chart',
  'history.passKey': 'Pass mark ({pass}\u00a0%)',
  'history.table': 'Show the attempts as a table',
  'history.tableLabel': 'Attempts',
  'history.date': 'Date',
  'history.quiz': 'Quiz',
  'history.kind': 'Kind',
  'history.mode': 'Mode',
  'history.score': 'Score',
  'history.passed': 'Passed',
  'history.yes': 'Yes',
  'history.no': 'No',
  'history.reviewTitle': 'Review of due questions',
  'series.lesson': 'Lesson quiz',
  'series.module': 'Module quiz',
  'series.final': 'Final assessment',
  'series.retry': 'Retry of missed questions',
  'series.review': 'Review session',
  'mode.practice': 'Practice',
  'mode.exam': 'Exam',
  'data.heading': 'Keep your progress safe',
  'data.intro':
    'Export your progress to a file to keep a copy or to move it to another browser, and import it there.',
  'data.name': 'Your name on exported files (optional)',
  'data.nameHint':
    'Written into the files you export and onto completion records, so a team lead can tell whose file is whose. It stays in this browser otherwise.',
  'data.nameSave': 'Save name',
  'data.nameSaved': 'Your exports will carry the name “{name}”.',
  'data.nameCleared': 'Your exports will carry no name.',
  'data.export': 'Export progress',
  'data.import': 'Import a progress file',
  'data.reset': 'Reset progress',
  'data.importPreview':
    'This file was exported on {date}. Merging adds {attempts} and {lessons} and improves {better}; replacing discards what this browser holds now.',
  'data.attempts': { one: '{count} attempt', other: '{count} attempts' },
  'data.lessons': { one: '{count} lesson', other: '{count} lessons' },
  'data.better': { one: '{count} best score', other: '{count} best scores' },
  'data.labs': { one: 'It also completes {count} lab.', other: 'It also completes {count} labs.' },
  'data.merge': 'Merge into my progress',
  'data.replace': 'Replace my progress',
  'data.cancel': 'Cancel',
  'data.imported': 'Progress imported.',
  'data.cancelled': 'Nothing was changed.',
  'data.resetConfirm':
    'Reset deletes every lesson visit, quiz attempt and lab run saved in this browser. You can undo it for one minute.',
  'data.resetYes': 'Yes, reset my progress',
  'data.resetDone': 'Progress reset.',
  'data.undo': 'Undo reset',
  'data.undone': 'Reset undone: your progress is back.',
} as const satisfies Record<string, Message>;

/** The text for `key`, placeholders filled from `values` (see `translate.ts`). */
export const tl = createTranslator(enDashboardLater);

/** The name of a series of the history chart (a kind of quiz or of practice). */
export const seriesName = (series: Series): string => tl(`series.${series}`);

/** A learner's day (`YYYY-MM-DD`) on the chart's axis: "28 Nov". */
export const shortDay = dayFormat({ day: 'numeric', month: 'short' });

/** A learner's day (`YYYY-MM-DD`) in a table: "28 Nov 2026". */
export const tableDay = dayFormat({ day: 'numeric', month: 'short', year: 'numeric' });
