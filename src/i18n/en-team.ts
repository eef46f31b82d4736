import type { ImportErrorCode } from '../lib/progress/transfer';
import type { MasteryLevel } from '../lib/progress/mastery';
import { createTranslator } from './translate';

/** Words of the team report (`/team/`); loaded only there. */
const enTeam = {
  percent: '{percent}\u00a0%',
  none: '—',
  'files.heading': 'Learners’ files',
  'files.choose': 'Choose progress files',
  'files.drop': 'Or drop progress files here',
  'files.hint':
    'Each learner exports a file from their Progress page (“Export progress”). Choose or drop several at once; you can add more later.',
  'files.loaded': { one: '{count} file loaded.', other: '{count} files loaded.' },
  'files.refused': { one: '{count} file refused.', other: '{count} files refused.' },
  'files.list': 'Files read',
  'files.ok': '{file}: {learner}',
  'files.bad': '{file}: refused. {reason}',
  'files.clear': 'Remove all files',
  'files.cleared': 'All files removed.',
  'bank.failed':
    'The question data could not be loaded, so the questions the team got wrong cannot be listed. The rest of the report works.',
  'bank.loading': 'Loading the course’s question data…',
  'learner.unnamed': '{file} (no name in file)',
  'report.heading': 'Team report',
  'report.summary': {
    one: 'Report for {count} learner, as of the files’ export dates.',
    other: 'Report for {count} learners, as of the files’ export dates.',
  },
  'report.csv': 'Download as CSV',
  'report.print': 'Print the report',
  'report.csvDone': 'Saved {file}.',
  'learners.heading': 'Learners',
  'learners.caption': 'One row per learner',
  'learners.learner': 'Learner',
  'learners.lessons': 'Lessons done',
  'learners.moduleQuizzes': 'Module quizzes passed',
  'learners.labs': 'Labs completed',
  'learners.final': 'Final assessment (best)',
  'learners.finalPassed': 'Final passed',
  'learners.lastActive': 'Last active',
  'learners.of': '{done} of {total}',
  'learners.finalValue': {
    one: '{percent}\u00a0% ({count} attempt)',
    other: '{percent}\u00a0% ({count} attempts)',
  },
  'learners.notTaken': 'Not taken',
  'files.record': '{file}: completion record of {learner} for “{path}”.',
  'records.heading': 'Completion records',
  'records.intro':
    'A completion record carries a fingerprint (SHA-256) of the attempts it sums up. Each record is checked against the export file of the learner with the same name: if the attempts up to the record’s date are the same, they agree. Records are self-attested: agreement shows that the record and the export tell the same story, not that the learner answered unaided.',
  'records.caption': 'Completion records and whether each agrees with its learner’s export',
  'records.learner': 'Learner',
  'records.path': 'Path',
  'records.completed': 'Completed',
  'records.check': 'Check against the export',
  'records.agrees': 'Agrees with {file}',
  'records.differs':
    'Does not agree: the attempts in {learner}’s export differ from those the record sums up',
  'records.no-export': 'Not checked: load the export file of {learner} (with their name in it)',
  'records.unknown-path': 'Not checked: this path is no longer in the course',
  'records.pending': 'Checking…',
  'paths.column': 'Path: {path}',
  'paths.complete': 'Complete',
  'paths.steps': '{done} of {total} steps',
  'paths.notStarted': 'Not started',
  yes: 'Yes',
  no: 'No',
  'heat.heading': 'Mastery by module',
  'heat.intro':
    'Each cell is the learner’s level on the module, from their full quizzes, by the same rules as their own dashboard. Colour only repeats the level written in the cell.',
  'heat.caption': 'Mastery level by module and learner',
  'heat.module': 'Module',
  'heat.strong': 'Proficient or better',
  'heat.strongValue': '{strong} of {total}',
  'heat.cell': '{level}, {percent}\u00a0%',
  'level.not-started': 'Not started',
  'level.attempted': 'Attempted',
  'level.familiar': 'Familiar',
  'level.proficient': 'Proficient',
  'level.mastered': 'Mastered',
  'missed.heading': 'Questions most of the team got wrong',
  'missed.intro':
    'Questions that most of the learners who answered them got wrong in their latest full quiz, with where each is taught.',
  'missed.empty': 'No question was missed by most of the learners who answered it.',
  'missed.unavailable': 'Not available: the question data could not be loaded.',
  'missed.count': '{wrong} of {answered} learners got it wrong',
  'missed.lesson': 'Taught in: {title}',
  'missed.noLesson': 'No longer in the course',
  'notStarted.heading': 'Not started',
  'notStarted.none': 'Every learner has started.',
  'csv.file': 'team-report-{date}.csv',
  'csv.named': 'Name given',
  'reason.too-large': 'It is too large to be a progress file (over 2 MB).',
  'reason.not-json': 'It is not JSON, so not a progress file.',
  'reason.not-an-export': 'It is not a Cloud Security Academy progress export.',
  'reason.newer-version': 'It comes from a newer version of this site: reload this page, then add it again.',
  'reason.checksum-mismatch':
    'It was changed or damaged after it was exported (its checksum does not match).',
  'reason.invalid-progress': {
    one: 'Part of it is not valid progress ({count} entry).',
    other: 'Parts of it are not valid progress ({count} entries).',
  },
} as const;

/** Words of the team report. */
export const tt = createTranslator(enTeam);

/** The reason a file was refused, for `code` (with the count of invalid entries where it applies). */
export const refusal = (code: ImportErrorCode, count = 0): string => tt(`reason.${code}`, { count });

/** A mastery level in words. */
export const levelName = (level: MasteryLevel): string => tt(`level.${level}`);
