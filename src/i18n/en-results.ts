import { createTranslator, type Message } from './translate';

/** Strings of a quiz's results (summary, topics, every question). Loaded with the results view. */
export const enResults = {
  'result.kind.retry': 'Practice retry: this does not change your best score.',
  'result.kind.review':
    'Review session: each answer sets when that question comes back. It does not change any quiz score.',
  'result.passed': 'Passed: the pass mark is {pass}\u00a0%.',
  'result.failed': 'Not passed yet: the pass mark is {pass}\u00a0%.',
  'result.time': 'Time taken: {time}',
  'result.minutes': '{minutes}\u00a0min {seconds}\u00a0s',
  'result.seconds': '{seconds}\u00a0s',
  'result.advice.lesson': 'Review the lesson, then try again.',
  'result.advice.module':
    'Look at your results by topic below, revisit the lessons on your weakest topics, then try again.',
  'result.advice.final': 'Start with your weakest modules:',
  'result.advice.finalModule': '{module} ({percent}\u00a0%)',
  'result.fixFirst': 'Fix these first',
  'result.fixFirstIntro': 'Answers you were sure of come first, then the others you missed.',
  'result.sure': 'You were sure',
  'result.fixMore': 'And {count} more in the answers below.',
  'result.byTag': 'Results by topic',
  'result.tag': 'Topic',
  'result.tagScore': 'Score',
  'result.tagScoreValue': '{earned} of {total} ({percent}\u00a0%)',
  'result.review': 'Every question, with the right answer',
  'result.filter': 'Show',
  'result.filterAll': { one: 'All ({count} question)', other: 'All ({count} questions)' },
  'result.filterMissed': { one: 'Only the one I missed', other: 'Only the {count} I missed' },
  'result.correct': 'Correct',
  'result.partial': 'Partly right',
  'result.incorrect': 'Incorrect',
  'result.unanswered': 'Not answered',
  'result.yourAnswer': 'Your answer:',
  'result.rightAnswer': 'Right answer:',
  'result.why': 'Why:',
  'result.retryMissed': { one: 'Retry the question I missed', other: 'Retry the {count} questions I missed' },
  'result.again': 'Start again',
  'tag.area': 'Area: {value}',
  'tag.difficulty': 'Difficulty: {value}',
  'tag.module': 'Module: {value}',
  'tag.domain': 'Exam domain: {value}',
  'tag.sec': 'Security pillar: {value}',
} as const satisfies Record<string, Message>;

export type ResultsKey = keyof typeof enResults;

/** The text for `key`, placeholders filled from `values` (see `translate.ts`). */
export const tr = createTranslator(enResults);
