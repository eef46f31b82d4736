import type { AttemptKind } from '../lib/progress/types';
import { createTranslator, type Message } from './translate';

/**
 * Strings of the dashboard sections that load just after the first render, below the fold: the
 * mastery table, the attempt history (chart and table) and keeping progress safe (export,
 * import, reset). They load with those sections, so the dashboard's first screen carries none
 * of them.
 */
export const enDashboardLater = {
  percent: '{percent}\u00a0%',
  none: '—',
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
  'history.chartTitle': 'Score of each attempt, oldest first, one line per kind of attempt',
  'history.chartDesc': {
    one: '1 attempt. The dashed line is the 70\u00a0% pass mark.',
    other: '{count} attempts. The dashed line is the 70\u00a0% pass mark.',
  },
  'history.chartDescFull': 'Full quizzes: latest {latest}\u00a0%, best {best}\u00a0%.',
  'history.legend': 'Kinds of attempt',
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
  'kind.quiz': 'Full quiz',
  'kind.retry': 'Retry of missed questions',
  'kind.review': 'Review session',
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
  'data.exported': 'Progress exported to {file}.',
  'data.importPreview':
    'This file was exported on {date}. Merging adds {attempts} and {lessons} and improves {better}; replacing discards what this browser holds now.',
  'data.attempts': { one: '{count} attempt', other: '{count} attempts' },
  'data.lessons': { one: '{count} lesson', other: '{count} lessons' },
  'data.better': { one: '{count} best score', other: '{count} best scores' },
  'data.merge': 'Merge into my progress',
  'data.replace': 'Replace my progress',
  'data.cancel': 'Cancel',
  'data.imported': 'Progress imported.',
  'data.cancelled': 'Nothing was changed.',
  'data.resetConfirm':
    'Reset deletes every lesson visit and quiz attempt saved in this browser. You can undo it for one minute.',
  'data.resetYes': 'Yes, reset my progress',
  'data.resetDone': 'Progress reset.',
  'data.undo': 'Undo reset',
  'data.undone': 'Reset undone: your progress is back.',
} as const satisfies Record<string, Message>;

/** The text for `key`, placeholders filled from `values` (see `translate.ts`). */
export const tl = createTranslator(enDashboardLater);

/** The name of a kind of attempt. */
export const kindName = (kind: AttemptKind): string => tl(`kind.${kind}`);
